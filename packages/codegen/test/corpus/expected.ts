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
  'adyen.com/BalancePlatformConfigurationNotification-v1/1.json':
    'strict ok; lenient ok; client ok; tsc 0; round trip 2 differences',
  'adyen.com/BalancePlatformPaymentNotification-v1/1.json':
    'strict ok; lenient ok; client ok; tsc 0; round trip 2 differences',
  'adyen.com/BalancePlatformReportNotification-v1/1.json':
    'strict ok; lenient ok; client ok; tsc 0; round trip 1 differences',
  'adyen.com/BalancePlatformService/1.json':
    'strict ok; lenient ok; client ok; tsc 0; round trip 4 differences',
  'adyen.com/BalancePlatformService/2.json':
    'strict ok; lenient ok; client ok; tsc 0; round trip 0 differences',
  'adyen.com/BalancePlatformTransferNotification-v3/3.json':
    'strict ok; lenient ok; client ok; tsc 0; round trip 2 differences',
  'adyen.com/BinLookupService/50.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 0 differences',
  'adyen.com/BinLookupService/52.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 0 differences',
  'adyen.com/BinLookupService/53.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 0 differences',
  'adyen.com/BinLookupService/54.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 0 differences',
  'adyen.com/CheckoutService-v71/71.json':
    'strict ok; lenient ok; client ok; tsc 0; round trip 90 differences',
  'adyen.com/DataProtectionService/1.json':
    'strict ok; lenient ok; client ok; tsc 0; round trip 0 differences',
  'adyen.com/DisputeService-v30/30.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 0 differences',
  'adyen.com/FundService/6.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 1 differences',
  'adyen.com/GrantService-v3/3.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 1 differences',
  'adyen.com/HopService/5.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 1 differences',
  'adyen.com/HopService/6.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 1 differences',
  'adyen.com/LegalEntityService/1.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 0 differences',
  'adyen.com/LegalEntityService/3.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 0 differences',
  'adyen.com/ManagementNotificationService-v1/1.json':
    'strict ok; lenient ok; client ok; tsc 0; round trip 2 differences',
  'adyen.com/ManagementService-v3/3.json':
    'strict ok; lenient ok; client ok; tsc 0; round trip 7 differences',
  'adyen.com/ManagementService/1.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 9 differences',
  'adyen.com/MarketPayNotificationService/3.json':
    'strict ok; lenient ok; client ok; tsc 0; round trip 16 differences',
  'adyen.com/MarketPayNotificationService/4.json':
    'strict ok; lenient ok; client ok; tsc 0; round trip 15 differences',
  'adyen.com/MarketPayNotificationService/5.json':
    'strict ok; lenient ok; client ok; tsc 0; round trip 4 differences',
  'adyen.com/MarketPayNotificationService/6.json':
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
  'adyen.com/PaymentService/68.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 74 differences',
  'adyen.com/PayoutService/30.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 5 differences',
  'adyen.com/PayoutService/40.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 5 differences',
  'adyen.com/PayoutService/50.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 5 differences',
  'adyen.com/PayoutService/51.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 5 differences',
  'adyen.com/PayoutService/52.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 5 differences',
  'adyen.com/PayoutService/68.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 5 differences',
  'adyen.com/RecurringService/25.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 1 differences',
  'adyen.com/RecurringService/67.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 1 differences',
  'adyen.com/RecurringService/68.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 1 differences',
  'adyen.com/StoredValueService/46.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 1 differences',
  'adyen.com/TerminalAPI-v1/1.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 18 differences',
  'adyen.com/TestCardService/1.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 7 differences',
  'adyen.com/TfmAPIService/1.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 0 differences',
  'adyen.com/TransferService-v4/4.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 0 differences',
  'adyen.com/TransferService/1.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 0 differences',
  'adyen.com/TransferService/2.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 0 differences',
  'adyen.com/TransferService/3.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 0 differences',
  'codat.io/accounting/2.1.0.json':
    'strict codegen-error at /components/schemas/Item/definitions/itemType/type: `type` must be a type name or a list of type names, found an object; lenient codegen-error at /components/schemas/Item/definitions/itemType/type: `type` must be a type name or a list of type names, found an object (71 translated); client ok; tsc 0; round trip n/a',
  'codat.io/assess/1.0.json':
    'strict codegen-error at /components/schemas/ExcelStatus/examples: schema `examples` must be a list of values (JSON Schema), not a map of example objects; lenient ok (11 translated); client ok; tsc 0; round trip 41 differences',
  'codat.io/bank-feeds/2.1.0.json':
    'strict ok; lenient ok (29 translated); client ok; tsc 0; round trip 73 differences',
  'codat.io/banking/2.1.0.json':
    'strict ok; lenient ok (14 translated); client ok; tsc 0; round trip 32 differences',
  'codat.io/commerce/2.1.0.json':
    'strict ok; lenient ok (5 translated); client ok; tsc 0; round trip 38 differences',
  'codat.io/sync-for-commerce/1.1.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 9 differences',
  'codat.io/sync-for-expenses/prealpha.json':
    'strict ok; lenient ok (27 translated); client ok; tsc 0; round trip 63 differences',
  'discourse.local/latest.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 112 differences',
  'exoapi.dev/1.0.0.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 0 differences',
  'figma.com/0.43.0.yaml': 'strict ok; lenient ok; client ok; tsc 0; round trip 59 differences',
  'iamport.kr/10.0.0.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 31 differences',
  'interledger.org/open-payments/auth-server/1.3.0.yaml':
    'strict codegen-error at /components/schemas/access-item/unevaluatedProperties: `unevaluatedProperties` cannot be expressed in zod; lenient codegen-error at /components/schemas/access-item/unevaluatedProperties: `unevaluatedProperties` cannot be expressed in zod; client ok; tsc 0; round trip n/a',
  'interledger.org/open-payments/resource-server/1.3.0.yaml':
    'strict ok; lenient ok; client ok; tsc 0; round trip 11 differences',
  'interledger.org/open-payments/wallet-address-server/1.3.0.yaml':
    'strict ok; lenient ok; client ok; tsc 0; round trip 0 differences',
  'listennotes.com/2.0.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 9 differences',
  'openai.com/2.3.0.json':
    'strict codegen-error at /components/schemas/FineTuneSupervisedHyperparameters/properties/learning_rate_multiplier/oneOf/1/exclusiveMinimum: `exclusiveMinimum` must be a number in OpenAPI 3.1; lenient ok (97 translated); client ok; tsc 0; round trip 382 differences',
  'placekit.co/1.0.0.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 0 differences',
  'rclone.org/1.75.0.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 1 differences',
  'readme.com/2.0.0.json':
    'strict ok; lenient ok (492 translated); client ok; tsc 0; round trip 994 differences',
  'rentcast.io/1.0.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 2 differences',
  'scalar.com/galaxy/0.2.20.json':
    'strict codegen-error at /paths/~1planets~1{planetId}~1image/post/requestBody/content/multipart~1form-data/schema/properties/image/examples: schema `examples` must be a list of values (JSON Schema), not a map of example objects; lenient ok (2 translated); client ok; tsc 0; round trip 7 differences',
  'swagger.io/petstore/1.0.0.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 15 differences',
  'tosspayments.com/10.0.0.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 24 differences',
  'urlbox.io/v1.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 4 differences',
  'vercel.com/0.0.1.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 298 differences',
  'webscraping.ai/3.0.0.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 0 differences',
  'wolframalpha.com/v0.1.json': 'strict ok; lenient ok; client ok; tsc 0; round trip 2 differences',
  'wrtn.ai/shopping-backend/0.17.0.json':
    'strict ok; lenient ok; client ok; tsc 0; round trip 333 differences',
};
