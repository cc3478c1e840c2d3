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
  "orderHeaders":{"data":[{"id":5000050,"businessKey":{"number":"CT-CT-7"}}]},
  "shipmentLines":{"data":[{"shippedPackQuantity":0}]}}],"links":[],"complete":true,"pages":1})";

inline const QByteArray kKits = R"({"data":[
 {"self":{"id":31},"name":"GIFT-SET","kitDetails":{"links":[],"complete":true,"pages":1,"data":[
   {"type":"Output","item":{"id":30,"businessKey":{"number":"GIFT-SET"}},"quantity":1},
   {"type":"Input","item":{"id":3,"businessKey":{"number":"LS-1001"}},"quantity":2},
   {"type":"Input","item":{"id":4,"businessKey":{"number":"MUG-WHT"}},"quantity":1}]}},
 {"self":{"id":32},"name":"BIG-KIT","kitDetails":{"links":[],"complete":false,"pages":3,"data":[]}}],
 "links":[],"complete":true,"pages":1})";

} // namespace lockstep::test::deposco
