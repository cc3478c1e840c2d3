<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>OrderText</name>
    <message>
        <source>under a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed, waiting for payment (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment failed in the storefront</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid, waiting for the warehouse to acknowledge (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold at %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At %1: %2, %3 of %n units short</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Being picked at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked at %1, waiting for carrier collection (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly shipped with %1 %2, collected %3; the rest is still at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped with %1 %2, collected %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered by %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled in the storefront; the warehouse had not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled in the storefront after the warehouse cutoff (%1 at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by the warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded in the storefront</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We are waiting for your payment to be confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your payment did not go through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your payment is confirmed and your order is being prepared in our warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Part of your order is waiting for new stock (units on back order: %n).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your order is being picked in our warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your order is packed and waiting for the carrier to collect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of your order has shipped with %1; the rest will follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your order has shipped with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your order has been delivered by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your order has been cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your cancellation reached us after your order had started to be prepared in our warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your order has been refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storefront status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled in the storefront</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as shipped in the storefront</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellation sent to the warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse order withdrawn before sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged by the warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped from the warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected by the carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WooCommerce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commercetools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lockstep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1, placed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment confirmed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped with %1 on %2, tracking number %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track the parcel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lockstep::ui::AuditPage</name>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by who, action or record (e.g. exception:17)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit entries between these dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit entries between these dates match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Entries shown: %n; scroll down for more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Entries: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select an entry to see the record before and after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2 on %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Note: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lockstep::ui::AuditTableModel</name>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lockstep::ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours, per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 14 days, per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the figures again now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the %1 queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged by the warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes since the last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest open exception per type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders placed and acknowledged by the warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unresolved exceptions by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync lag per connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest open exception against its service level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the orders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backlog: the warehouse has acknowledged every paid order in this span.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paid orders not yet acknowledged by the warehouse: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No orders in the last 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders in the last 14 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the exceptions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unresolved exceptions: everything is in step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the sync state: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Behind (over %n min)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No connector has synced yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open exceptions: nothing is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lockstep::ui::DisplayFormat</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 w %2 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eCommerce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lockstep::ui::LifecycleModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lockstep::ui::MainWindow</name>
    <message>
        <source>Lockstep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine: not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every record of this kind that fell out of step, with its reason, the suggested action, and Retry, Edit and Acknowledge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discrepancy lists and the daily reconciliation of storefront sales against warehouse shipments, exported to files that open cleanly in Excel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections, schedules, mappings, safety buffers, service levels and owner teams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Lockstep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Lockstep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lockstep %1
Keeps storefronts and the warehouse in lockstep, and shows people the records that fell out of step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The engine is not running: the request for %n exception(s) was not sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lockstep::ui::Navigation</name>
    <message>
        <source>Failed allocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU mismatches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stuck pending orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellations past cutoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment confirmations missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order totals mismatches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmapped checkout fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility routing failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n open</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lockstep::ui::OrderLookupPage</name>
    <message>
        <source>Order lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number, storefront id, customer email or tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an order number, a storefront order id, the customer&apos;s email or a tracking number, then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a plain summary for a reply to the customer (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions about this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo the failed step now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this exception, with a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exceptions: nothing about this order needs a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an order number, a storefront order id, the customer&apos;s email or a tracking number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order matches “%1”. Try the order number, the customer&apos;s email or a tracking number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>More than %n orders match; showing the newest. Search by order number to narrow it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orders match; choose one.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The order is no longer in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the order: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the order&apos;s history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>placed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warehouse order at %1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline: no events recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Timeline (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exceptions (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Copied a summary of order %1 to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lockstep::ui::QueueDetailPanel</name>
    <message>
        <source>Exception details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an exception to see its reason, facts, payload and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cutoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lockstep::ui::QueueFilterBar</name>
    <message>
        <source>Any age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older than 1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older than 4 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older than 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older than 1 week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search order, SKU, facility or reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lockstep::ui::QueuePage</name>
    <message>
        <source>Saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current filter as a view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo the failed step now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the record, then retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take it out of the open queue, with a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give it to a person or team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take it yourself so nobody else works on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the order&apos;s lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shown, counting… · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 shown · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches these filters. Clear the search or choose another facility, owner or age.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing open here. Every record of this kind is in step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing acknowledged in this queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing resolved in this queue yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name for this filter:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lockstep::ui::QueueTableModel</name>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cutoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the queue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not sortable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count the queue: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Lockstep keeps storefronts and the warehouse in lockstep and shows people the records that fell out of step.
With no options it opens the console window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the database FILE (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run without a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lockstep: cannot open the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lockstep: no display found (DISPLAY and WAYLAND_DISPLAY are unset), so the console window cannot open; running headless instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lockstep: database %1 ready (schema %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the engine with the configuration FILE (JSON; see the engine&apos;s README).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run every job once, then exit (headless).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run against the built-in sandbox, with its own demo database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox scenario NAME or FILE for --demo (default: demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lockstep: the sandbox did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lockstep: configuration %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lockstep: a secret could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lockstep: nothing to run: give --config FILE, or --demo to try the sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lockstep — demo (sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engine could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engine started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cycle done: %1 orders read, %2 sent to the warehouse (%3 found already there), %4 cancellations, %5 shipments seen, %6 customers told shipped, %7 stock levels pushed, %8 exceptions raised, %9 resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sandbox</name>
    <message>
        <source>Runs simulated WooCommerce, commercetools, Deposco WMS and POS servers on 127.0.0.1.
The first line on stdout is a JSON object with every system&apos;s endpoints and credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario FILE, or NAME of a shipped one (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write a Lockstep configuration pointing every connector here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated seconds per real second (default: the scenario&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after SECONDS of real time (default: run until stopped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lockstep sandbox: --scenario FILE|NAME is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lockstep sandbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lockstep sandbox: --speed needs a number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lockstep sandbox: cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lockstep sandbox: scenario &quot;%1&quot; running at %2x; ledger at %3. Stop with Ctrl+C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lockstep sandbox: stopped; %1 orders placed, %2 sales orders received by the WMS.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
