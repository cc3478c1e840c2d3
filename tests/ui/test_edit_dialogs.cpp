// SPDX-License-Identifier: GPL-3.0-or-later
// The edit dialogs and the "both systems" summary over a real database on the offscreen platform: each dialog
// offers what the store knows (stock per facility, the order's checkout fields, the lines of the warehouse order
// waiting to be sent), shows before and after, enables OK only for a real change, and builds the Edit it means;
// the summary says whether the order is already at the warehouse, shipped, cancelled or still waiting.
#include "actions/custom_field_dialog.h"
#include "actions/facility_dialog.h"
#include "actions/line_adjust_dialog.h"
#include "actions/sku_mapping_dialog.h"
#include "engine/outbox_payloads.h"
#include "queues/both_systems_state.h"
#include "seed.h"
#include "store/action_repository.h"
#include "store/catalog_repository.h"
#include "store/outbox_repository.h"
#include "store/wms_order_repository.h"
#include "support.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QTreeWidget>

using namespace lockstep;
using namespace lockstep::core;

namespace {

const QDateTime kPlaced = test::utc("2026-11-23T09:00:00Z");

/// An exception about WooCommerce order `number`, stored with its order.
ExceptionRecord exceptionFor(store::Database& db, ExceptionType type, const QString& number)
{
    Order o = test::makeOrder(number, QStringLiteral("customer@example.com"), kPlaced);
    o.customFields = {{QStringLiteral("gift_note"), QStringLiteral("Happy birthday")},
        {QStringLiteral("slot"), QStringLiteral("am")}};
    ExceptionRecord r;
    r.type = type;
    r.subjectKey = QStringLiteral("woocommerce:%1").arg(number);
    r.orderRef = number;
    r.orderId = test::addOrder(db, o);
    r.sku = QStringLiteral("MUG-WHT");
    r.facility = QStringLiteral("DAL-1");
    r.signature = QStringLiteral("unmapped-field:gift_note");
    r.firstSeen = kPlaced;
    r.lastSeen = kPlaced;
    return r;
}

void queueCreate(store::Database& db, const ExceptionRecord& r)
{
    connectors::WmsCreateRequest request;
    request.reference = r.subjectKey;
    request.number = r.orderRef;
    request.facility = QStringLiteral("DAL-1");
    request.lines = {{1, QStringLiteral("MUG-WHT"), 2, {}}, {2, QStringLiteral("TEA-EARL"), 3, {}}};
    store::OutboxEntry e;
    e.idempotencyKey = engine::createOrderKey(r.subjectKey);
    e.kind = engine::kWmsCreateOrder;
    e.target = QStringLiteral("wms");
    e.payload = engine::encodeCreateRequest(request);
    e.createdAt = kPlaced;
    e.nextAttemptAt = kPlaced;
    test::must(store::OutboxRepository(db).enqueue(e));
}

} // namespace

class TestEditDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void facilityDialogOffersStockPerFacility()
    {
        test::TempStore s;
        const ExceptionRecord r = exceptionFor(s.db, ExceptionType::FacilityRoutingFailure, QStringLiteral("2001"));
        store::CatalogRepository catalog(s.db);
        LOCKSTEP_VERIFY_OK(catalog.upsertStock({QStringLiteral("MUG-WHT"), QStringLiteral("DAL-1"), 0, 0, 0, kPlaced}));
        LOCKSTEP_VERIFY_OK(catalog.upsertStock({QStringLiteral("MUG-WHT"), QStringLiteral("RNO-2"), 9, 1, 8, kPlaced}));
        ui::FacilityDialog dialog(
            ui::FacilityDialog::read(s.db, r), r, {QStringLiteral("ATL-3"), QStringLiteral("RNO-2")});
        QStringList items;
        for (int i = 0; i < dialog.facilityBox()->count(); ++i)
            items << dialog.facilityBox()->itemText(i);
        QCOMPARE(items,
            (QStringList{QStringLiteral("DAL-1 — 0 of MUG-WHT available"),
                QStringLiteral("RNO-2 — 8 of MUG-WHT available"),
                QStringLiteral("ATL-3")}));
        QVERIFY(!dialog.okButton()->isEnabled());
        QCOMPARE(dialog.beforeText(), QStringLiteral("Order 2001 → DAL-1"));
        QVERIFY(dialog.chooseFacility(QStringLiteral("DAL-1")));
        QVERIFY(!dialog.okButton()->isEnabled()); // no change
        QVERIFY(dialog.chooseFacility(QStringLiteral("RNO-2")));
        QVERIFY(dialog.okButton()->isEnabled());
        QCOMPARE(dialog.afterText(), QStringLiteral("Order 2001 → RNO-2"));
        LOCKSTEP_COMPARE_ENUM(dialog.editSpec().kind, actions::EditKind::ChooseFacility);
        QCOMPARE(dialog.editSpec().facility, QStringLiteral("RNO-2"));
    }

    void customFieldDialogMapsTheUnmappedField()
    {
        test::TempStore s;
        const ExceptionRecord r = exceptionFor(s.db, ExceptionType::UnmappedCustomField, QStringLiteral("2002"));
        LOCKSTEP_VERIFY_OK(store::ActionRepository(s.db).upsertCustomFieldMapping(
            QStringLiteral("slot"), QStringLiteral("deliverySlot"), QStringLiteral("x"), kPlaced));
        ui::CustomFieldDialog dialog(ui::CustomFieldDialog::read(s.db, r), r);
        QCOMPARE(dialog.fieldBox()->currentText(), QStringLiteral("gift_note"));
        QCOMPARE(dialog.fieldBox()->count(), 2);
        QCOMPARE(dialog.beforeText(), QStringLiteral("gift_note → not sent to the warehouse"));
        QVERIFY(!dialog.okButton()->isEnabled());
        QTest::keyClicks(dialog.wmsFieldEdit(), QStringLiteral("giftMessage"));
        QCOMPARE(dialog.afterText(), QStringLiteral("gift_note → giftMessage (this order: “Happy birthday”)"));
        QVERIFY(dialog.okButton()->isEnabled());
        QCOMPARE(dialog.editSpec().storefrontField, QStringLiteral("gift_note"));
        QCOMPARE(dialog.editSpec().wmsField, QStringLiteral("giftMessage"));
        // The other field is mapped already: mapping it to the same name again is no change.
        dialog.fieldBox()->setCurrentText(QStringLiteral("slot"));
        dialog.wmsFieldEdit()->setText(QStringLiteral("deliverySlot"));
        QCOMPARE(dialog.beforeText(), QStringLiteral("slot → deliverySlot"));
        QVERIFY(!dialog.okButton()->isEnabled());
    }

    void lineAdjustDialogChangesALineOfTheWaitingOrder()
    {
        test::TempStore s;
        const ExceptionRecord r = exceptionFor(s.db, ExceptionType::StuckPending, QStringLiteral("2003"));
        {
            ui::LineAdjustDialog none(ui::LineAdjustDialog::read(s.db, r), r);
            QVERIFY(none.noticeText().contains(QStringLiteral("no warehouse order waiting to be sent")));
            QCOMPARE(none.lineList()->topLevelItemCount(), 0);
            QVERIFY(!none.okButton()->isEnabled());
        }
        queueCreate(s.db, r);
        ui::LineAdjustDialog dialog(ui::LineAdjustDialog::read(s.db, r), r);
        QCOMPARE(dialog.lineList()->topLevelItemCount(), 2);
        QVERIFY(dialog.chooseLine(2));
        QCOMPARE(dialog.beforeText(), QStringLiteral("Line 2: TEA-EARL × 3"));
        QVERIFY(!dialog.okButton()->isEnabled());
        dialog.setQuantity(1);
        dialog.setWmsSku(QStringLiteral("TEA-EARL-100"));
        QCOMPARE(dialog.afterText(), QStringLiteral("Line 2: TEA-EARL-100 × 1"));
        QVERIFY(dialog.okButton()->isEnabled());
        const actions::EditSpec spec = dialog.editSpec();
        LOCKSTEP_COMPARE_ENUM(spec.kind, actions::EditKind::AdjustLine);
        QCOMPARE(spec.lineNumber, 2);
        QCOMPARE(spec.quantity, 1);
        QCOMPARE(spec.wmsSku, QStringLiteral("TEA-EARL-100"));
    }

    void skuMappingDialogOffersToSendTheOrderWithoutTheLine()
    {
        // Order 2004 holds a mug the warehouse does not know (the mismatch) and tea it does: the dialog offers to
        // send the tea alone, showing the lines before and after, and builds that Edit.
        test::TempStore s;
        ExceptionRecord r = exceptionFor(s.db, ExceptionType::SkuMismatch, QStringLiteral("2004"));
        ui::SkuMappingDialog dialog(ui::SkuMappingDialog::read(s.db, r), r);
        QVERIFY(dialog.leaveOutChoice());
        QVERIFY(!dialog.leaveOutChoice()->isChecked()); // mapping stays the first choice
        QVERIFY(dialog.leaveOutChoice()->text().contains(QStringLiteral("without its MUG-WHT line")));
        LOCKSTEP_COMPARE_ENUM(dialog.editSpec().kind, actions::EditKind::MapSku);
        dialog.leaveOutChoice()->setChecked(true);
        QVERIFY(!dialog.itemList()->isEnabled());
        QVERIFY(dialog.okButton()->isEnabled());
        QCOMPARE(dialog.okButton()->text(), QStringLiteral("Send without the line"));
        QCOMPARE(dialog.beforeText(),
            QStringLiteral("2 × MUG-WHT Stoneware mug, white\n3 × TEA-EARL Earl Grey loose tea, 250 g"));
        QCOMPARE(dialog.afterText(), QStringLiteral("3 × TEA-EARL Earl Grey loose tea, 250 g"));
        const actions::EditSpec spec = dialog.editSpec();
        LOCKSTEP_COMPARE_ENUM(spec.kind, actions::EditKind::LeaveOutLine);
        QCOMPARE(spec.storefrontSku, QStringLiteral("MUG-WHT"));
        QVERIFY(spec.retryAfter);

        // A mismatch that is not about an order line (a duplicate SKU in the listing) has nothing to leave out.
        r.orderRef.clear();
        r.subjectKey = QStringLiteral("woocommerce:sku:MUG-WHT");
        ui::SkuMappingDialog listing(ui::SkuMappingDialog::read(s.db, r), r);
        QVERIFY(!listing.leaveOutChoice());
    }

    void bothSystemsSaysWhereTheOrderStands()
    {
        test::TempStore s;
        ExceptionRecord r = exceptionFor(s.db, ExceptionType::StuckPending, QStringLiteral("2004"));
        ui::BothSystemsState state = ui::BothSystemsState::read(s.db, r);
        QVERIFY(state.aboutAnOrder);
        QCOMPARE(state.storefront, QStringLiteral("Storefront: order 2004 is processing, paid."));
        QCOMPARE(state.warehouse,
            QStringLiteral("Warehouse: not created; the order is held in Lockstep and was never sent."));
        QVERIFY(!state.atWarehouse);

        queueCreate(s.db, r);
        state = ui::BothSystemsState::read(s.db, r);
        QVERIFY(state.warehouse.startsWith(QStringLiteral("Warehouse: not created yet; waiting to be sent")));

        store::WmsOrderState wms;
        wms.reference = r.subjectKey;
        wms.wmsId = QStringLiteral("77");
        wms.number = QStringLiteral("SO-77");
        wms.status = WmsOrderStatus::Released;
        wms.facility = QStringLiteral("DAL-1");
        wms.firstSeen = kPlaced;
        wms.updatedAt = kPlaced;
        LOCKSTEP_VERIFY_OK(store::WmsOrderRepository(s.db).upsert(wms));
        state = ui::BothSystemsState::read(s.db, r);
        QVERIFY(state.atWarehouse);
        QVERIFY2(state.warehouse.startsWith(QStringLiteral("Warehouse: already created as SO-77 (")),
            qPrintable(state.warehouse));
        QVERIFY(state.warehouse.endsWith(QStringLiteral("at DAL-1); a retry sends nothing twice.")));

        wms.shippedUnits = 5;
        LOCKSTEP_VERIFY_OK(store::WmsOrderRepository(s.db).upsert(wms));
        QVERIFY(ui::BothSystemsState::read(s.db, r).shipped);

        Order cancelled = store::OrderRepository(s.db).findById(r.orderId).value().value();
        cancelled.status = QStringLiteral("cancelled");
        test::addOrder(s.db, cancelled);
        state = ui::BothSystemsState::read(s.db, r);
        QVERIFY(state.cancelled);
        QCOMPARE(state.storefront, QStringLiteral("Storefront: order 2004 is cancelled (paid)."));

        // A shipment the storefront was not told of: the order behind it, at both systems.
        ExceptionRecord confirmation = r;
        confirmation.type = ExceptionType::ShipmentConfirmationMissing;
        confirmation.subjectKey = r.subjectKey + QStringLiteral("/SH-1");
        state = ui::BothSystemsState::read(s.db, confirmation);
        QVERIFY(state.aboutAnOrder);
        QCOMPARE(state.storefront, QStringLiteral("Storefront: order 2004 is cancelled (paid)."));
        QVERIFY2(state.warehouse.startsWith(QStringLiteral("Warehouse: already created as SO-77 (")),
            qPrintable(state.warehouse));

        ExceptionRecord drift;
        drift.type = ExceptionType::InventoryDrift;
        drift.subjectKey = QStringLiteral("sku:MUG-WHT");
        QVERIFY(!ui::BothSystemsState::read(s.db, drift).aboutAnOrder);
    }
};

QTEST_MAIN(TestEditDialogs)
#include "test_edit_dialogs.moc"
