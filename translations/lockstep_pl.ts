<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
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
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders placed against orders acknowledged by the warehouse, open exceptions by type, sync lag per connector and the oldest exception against its service level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every record of this kind that fell out of step, with its reason, the suggested action, and Retry, Edit and Acknowledge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by order number, storefront id, customer email or tracking number and see the order&apos;s whole lifecycle across storefront, warehouse and carrier.</source>
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
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who did what, when, with the record before and after.</source>
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
        <source>&amp;Refresh counts</source>
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
</context>
</TS>
