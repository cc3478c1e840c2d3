// SPDX-License-Identifier: GPL-3.0-or-later
// Deposco answers shaped like the vendor's models (be-lenka/deposco-php-sdk docs/Model): records identified by
// `self`, references as EntityRefs, nested collections `{links, complete, pages, data}`. Raw strings live here
// because Qt 6.4's moc cannot read them in a file with Q_OBJECT.
#pragma once

#include <QByteArray>

namespace lockstep::test::deposco {

inline const QByteArray kSalesOrders = R"({"data":[
 {"self":{"id":5000042,"businessKey":{"number":"WC-1001"},"href":"https://api.deposco.com/latest/orders/salesOrders/5000042"},
  "businessUnit":{"id":1,"businessKey":{"code":"ACME"}},"number":"WC-1001","orderStatus":"Back Ordered",
  "customerOrderNumber":"1001","orderSource":"woocommerce","shipFromFacility":{"id":7,"businessKey":{"number":"DC-EAST"}},
  "orderTotal":25.99,"customFields":[{"name":"currencyCode","value":"EUR"}],"updatedDate":"2026-01-05T07:25:00Z",
  "orderLines":{"links":[],"complete":false,"pages":2,"data":[
   {"self":{"id":5000043},"lineNumber":"1","item":{"id":3,"businessKey":{"number":"LS-1001"}},"orderPackQuantity":3,
    "allocatedQuantity":1,"unallocatedQuantity":2,"isBackOrdered":"Insufficient Inventory"},
   {"self":{"id":5000044},"lineNumber":"2","item":{"id":4,"businessKey":{"number":"LS-1002"}},"orderPackQuantity":1,
    "allocatedQuantity":1,"unallocatedQuantity":0,"isBackOrdered":null}]}},
 {"id":77,"number":"OLD-1","orderStatus":"New"}],
 "links":[{"rel":"next","href":"https://api.deposco.com/latest/orders/salesOrders?searchId=s1&page=2"}],"complete":false,"pages":2})";

inline const QByteArray kShipments = R"({"data":[
 {"self":{"id":9001,"businessKey":{"number":"125"}},"number":"125","status":"Shipped","trackingNumber":"1Z999",
  "shipVendor":"UPS","shipmentDates":{"actualShipDate":"2026-01-05T12:00:00Z"},"updatedDate":"2026-01-05T12:00:00Z",
  "orderHeaders":{"links":[],"complete":true,"pages":1,"data":[{"id":5000042,"href":"https://api.deposco.com/latest/orders/salesOrders/5000042"}]},
  "shipmentLines":{"data":[{"item":{"businessKey":{"number":"LS-1001"}},"shippedPackQuantity":2}]}},
 {"self":{"id":9002},"number":"126","status":"Packed","trackingNumber":"1Z998",
  "orderHeaders":{"data":[{"id":5000050,"businessKey":{"number":"CT-100007"}}]},
  "shipmentLines":{"data":[{"shippedPackQuantity":0}]}}],"links":[],"complete":true,"pages":1})";

inline const QByteArray kKits = R"({"data":[
 {"self":{"id":31},"name":"GIFT-SET","kitDetails":{"links":[],"complete":true,"pages":1,"data":[
   {"type":"Output","item":{"id":30,"businessKey":{"number":"GIFT-SET"}},"quantity":1},
   {"type":"Input","item":{"id":3,"businessKey":{"number":"LS-1001"}},"quantity":2},
   {"type":"Input","item":{"id":4,"businessKey":{"number":"MUG-WHT"}},"quantity":1}]}},
 {"self":{"id":32},"name":"BIG-KIT","kitDetails":{"links":[],"complete":false,"pages":3,"data":[]}}],
 "links":[],"complete":true,"pages":1})";

/// Customer returns as CustomerReturnCollectionDTO: a return with its lines, one whose nested lines were cut short,
/// one with lines that cannot be read, and records the API does not serve (no `self`, no `number`, not an object).
inline const QByteArray kCustomerReturns = R"({"data":[
 {"self":{"id":5000101,"businessKey":{"number":"POS-RET-7"},"href":"https://api.deposco.com/latest/orders/customerReturns/5000101"},
  "businessUnit":{"id":1,"businessKey":{"code":"ACME"}},"number":"POS-RET-7","type":"Customer Return","orderStatus":"New",
  "customerOrderNumber":"RET-7","relatedOrderNumber":"SALE-3","orderSource":"pos",
  "shipToFacility":{"id":900002,"businessKey":{"number":"STORE-1"}},"updatedDate":"2026-01-05T09:00:00Z",
  "orderLines":{"links":[],"complete":true,"pages":1,"data":[
   {"self":{"id":5000102},"lineNumber":"1","item":{"id":3,"businessKey":{"number":"LS-1001"}},
    "pack":{"businessKey":{"item.number":"LS-1001","quantity":1}},"orderPackQuantity":2,"receivedPackQuantity":0},
   {"self":{"id":5000103},"lineNumber":"2","item":{"id":4,"businessKey":{"number":"LS-1002"}},"orderPackQuantity":1.0}]}},
 {"self":{"id":5000110},"number":"POS-RET-8","orderStatus":"Receiving","shipToFacility":{"businessKey":{"number":"STORE-2"}},
  "orderLines":{"links":[],"complete":false,"pages":2,"data":[
   {"self":{"id":5000111},"lineNumber":"1","item":{"businessKey":{"number":"LS-1001"}},"orderPackQuantity":1}]}},
 {"self":{"id":5000120},"number":"POS-RET-9","orderLines":{"data":[
   {"lineNumber":"1","item":{"businessKey":{"number":"LS-1001"}},"orderPackQuantity":1},
   {"lineNumber":"2","item":{"id":4},"orderPackQuantity":1},
   {"lineNumber":"3","item":{"businessKey":{"number":"LS-1003"}},"orderPackQuantity":1.5},
   {"lineNumber":"4","item":{"businessKey":{"number":"LS-1004"}},"orderPackQuantity":0},
   "a line"]}},
 {"id":77,"number":"OLD-RET"},
 {"self":{"id":5000130},"customerOrderNumber":"RET-10"},
 42],
 "links":[],"complete":true,"pages":1})";

/// A customer return whose fields have the wrong types: numbers where text is, an object where the lines are.
inline const QByteArray kCustomerReturnWrongTypes = R"({"self":{"id":"5000140"},"number":5000140,
 "customerOrderNumber":{"text":"RET-11"},"orderStatus":["New"],"shipToFacility":"STORE-1","orderLines":[{"lineNumber":"1"}]})";

inline const QByteArray kCustomerReturn = R"({"self":{"id":5000150},"number":"POS-RET-12",
 "shipToFacility":{"businessKey":{"number":"STORE-1"}},
 "orderLines":{"data":[{"lineNumber":"1","item":{"businessKey":{"number":"LS-1001"}},"orderPackQuantity":3}]}})";
inline const QByteArray kCustomerReturnWithoutSelf = R"({"number":"POS-RET-13"})";
inline const QByteArray kCustomerReturnWithoutNumber = R"({"self":{"id":5000160}})";
inline const QByteArray kCustomerReturnsDataNotAList = R"({"data":{"self":{"id":1},"number":"X"}})";
inline const QByteArray kCustomerReturnsLinesNotACollection =
    R"({"data":[{"self":{"id":1},"number":"X","orderLines":"none"}]})";
inline const QByteArray kCustomerReturnsHugeQuantity = R"({"data":[{"self":{"id":1},"number":"X","orderLines":{"data":[
 {"lineNumber":"1","item":{"businessKey":{"number":"A"}},"orderPackQuantity":1e300}]}}]})";

} // namespace lockstep::test::deposco
