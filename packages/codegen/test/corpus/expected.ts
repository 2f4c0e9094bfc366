/**
 * The expected outcome of every corpus spec (details in corpus-report.md). The test fails on any difference, so a
 * regression AND an unexpected fix both show up; update this table deliberately when an outcome changes
 * (`CORPUS_UPDATE=1 npx vitest run test/corpus`, then review the diff). Form (see `outcomeOf`):
 * `strict <r>; lenient <r>[ (n translated)]; client <r>; tsc <n>; round trip <n> differences`, where `<r>` is `ok`
 * or `<codegen-error | crash> at <pointer>: <message>`.
 */
export const expectedOutcomes: Record<string, string> = {
  'adyen.com/AccountService/5.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 2 differences',
  'adyen.com/AccountService/6.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 2 differences',
  'adyen.com/BalanceControlService/1.json':
    'strict ok; lenient ok; client ok; tsc 0; round trip 1 differences',
  'adyen.com/BalancePlatformPaymentNotification-v1/1.json':
    'strict ok; lenient ok; client ok; tsc 0; round trip 2 differences',
  'adyen.com/BalancePlatformService/1.json':
    'strict ok; lenient ok; client ok; tsc 0; round trip 23 differences',
  'adyen.com/BalancePlatformService/2.json':
    'strict ok; lenient ok; client ok; tsc 0; round trip 29 differences',
  'adyen.com/BalancePlatformTransferNotification-v3/3.json':
    'strict ok; lenient ok; client ok; tsc 0; round trip 19 differences',
  'adyen.com/BinLookupService/50.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 0 differences',
  'adyen.com/BinLookupService/52.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 0 differences',
  'adyen.com/BinLookupService/53.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 0 differences',
  'adyen.com/DataProtectionService/1.json':
    'strict ok; lenient ok; client ok; tsc 0; round trip 0 differences',
  'adyen.com/DisputeService-v30/30.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 0 differences',
  'adyen.com/FundService/6.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 1 differences',
  'adyen.com/GrantService-v3/3.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 1 differences',
  'adyen.com/HopService/5.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 1 differences',
  'adyen.com/LegalEntityService/1.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 0 differences',
  'adyen.com/LegalEntityService/3.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 16 differences',
  'adyen.com/ManagementNotificationService-v1/1.json':
    'strict ok; lenient ok; client ok; tsc 0; round trip 2 differences',
  'adyen.com/ManagementService-v3/3.json':
    'strict ok; lenient ok; client ok; tsc 0; round trip 11 differences',
  'adyen.com/ManagementService/1.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 13 differences',
  'adyen.com/MarketPayNotificationService/3.json':
    'strict ok; lenient ok; client ok; tsc 0; round trip 16 differences',
  'adyen.com/MarketPayNotificationService/4.json':
    'strict ok; lenient ok; client ok; tsc 0; round trip 15 differences',
  'adyen.com/MarketPayNotificationService/5.json':
    'strict ok; lenient ok; client ok; tsc 0; round trip 4 differences',
  'adyen.com/NotificationConfigurationService/1.json':
    'strict ok; lenient ok; client ok; tsc 0; round trip 4 differences',
  'adyen.com/NotificationConfigurationService/2.json':
    'strict ok; lenient ok; client ok; tsc 0; round trip 4 differences',
  'adyen.com/NotificationConfigurationService/3.json':
    'strict ok; lenient ok; client ok; tsc 0; round trip 4 differences',
  'adyen.com/NotificationConfigurationService/4.json':
    'strict ok; lenient ok; client ok; tsc 0; round trip 4 differences',
  'adyen.com/NotificationConfigurationService/6.json':
    'strict ok; lenient ok; client ok; tsc 0; round trip 1 differences',
  'adyen.com/PayoutService/30.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 5 differences',
  'adyen.com/PayoutService/40.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 5 differences',
  'adyen.com/PayoutService/50.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 5 differences',
  'adyen.com/PayoutService/51.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 5 differences',
  'adyen.com/PayoutService/52.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 5 differences',
  'adyen.com/PayoutService/68.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 5 differences',
  'adyen.com/RecurringService/25.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 1 differences',
  'adyen.com/RecurringService/67.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 1 differences',
  'adyen.com/StoredValueService/46.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 1 differences',
  'adyen.com/TerminalAPI-v1/1.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 18 differences',
  'adyen.com/TestCardService/1.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 7 differences',
  'adyen.com/TfmAPIService/1.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 0 differences',
  'adyen.com/TransferService-v4/4.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 19 differences',
  'adyen.com/TransferService/1.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 0 differences',
  'adyen.com/TransferService/2.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 0 differences',
  'codat.io/assess/1.0.json':
    'strict codegen-error at /components/schemas/ExcelStatus/examples: schema `examples` must be a list of values (JSON Schema), not a map of example objects; lenient ok (11 translated); client ok; tsc 0; round trip 45 differences',
  'codat.io/bank-feeds/2.1.0.json':
    'strict ok; lenient ok (29 translated); client ok; tsc 0; round trip 74 differences',
  'codat.io/banking/2.1.0.json':
    'strict ok; lenient ok (14 translated); client ok; tsc 0; round trip 37 differences',
  'codat.io/commerce/2.1.0.json':
    'strict ok; lenient ok (5 translated); client ok; tsc 0; round trip 46 differences',
  'codat.io/sync-for-commerce/1.1.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 12 differences',
  'codat.io/sync-for-expenses/prealpha.json':
    'strict ok; lenient ok (27 translated); client ok; tsc 0; round trip 64 differences',
  'listennotes.com/2.0.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 13 differences',
  'openai.com/2.3.0.json':
    'strict codegen-error at /components/schemas/FineTuneSupervisedHyperparameters/properties/learning_rate_multiplier/oneOf/1/exclusiveMinimum: `exclusiveMinimum` must be a number in OpenAPI 3.1; lenient ok (97 translated); client ok; tsc 0; round trip 783 differences',
  'placekit.co/1.0.0.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 0 differences',
  'wolframalpha.com/v0.1.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 2 differences',
};
