<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BothSystemsState</name>
    <message numerus="yes">
        <source>Warehouse: not created yet; waiting to be sent (%n attempt(s) so far).</source>
        <translation>
            <numerusform>Warehouse: not created yet; waiting to be sent (%n attempt so far).</numerusform>
            <numerusform>Warehouse: not created yet; waiting to be sent (%n attempts so far).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warehouse: already created as %1 (%2), %n unit(s) shipped.</source>
        <translation>
            <numerusform>Warehouse: already created as %1 (%2), %n unit shipped.</numerusform>
            <numerusform>Warehouse: already created as %1 (%2), %n units shipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warehouse: already created as %1 (%2), %n unit(s) back-ordered.</source>
        <translation>
            <numerusform>Warehouse: already created as %1 (%2), %n unit back-ordered.</numerusform>
            <numerusform>Warehouse: already created as %1 (%2), %n units back-ordered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lockstep</name>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variation(s)</source>
        <translation>
            <numerusform>%n variation</numerusform>
            <numerusform>%n variations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Return of %n unit(s) queued for the warehouse at %1 as customer return %2</source>
        <translation>
            <numerusform>Return of %n unit queued for the warehouse at %1 as customer return %2</numerusform>
            <numerusform>Return of %n units queued for the warehouse at %1 as customer return %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sale of %n unit(s) queued to leave the stock of %1 at the warehouse</source>
        <translation>
            <numerusform>Sale of %n unit queued to leave the stock of %1 at the warehouse</numerusform>
            <numerusform>Sale of %n units queued to leave the stock of %1 at the warehouse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderText</name>
    <message numerus="yes">
        <source>At %1: %2, %3 of %n units short</source>
        <translation>
            <numerusform>At %1: %2, %3 of %n unit short</numerusform>
            <numerusform>At %1: %2, %3 of %n units short</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Part of your order is waiting for new stock (units on back order: %n).</source>
        <translation>
            <numerusform>Part of your order is waiting for new stock (units on back order: %n).</numerusform>
            <numerusform>Part of your order is waiting for new stock (units on back order: %n).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>exceptions</name>
    <message numerus="yes">
        <source>%n exception(s)</source>
        <translation>
            <numerusform>%n exception</numerusform>
            <numerusform>%n exceptions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lockstep::ui::AcknowledgeDialog</name>
    <message numerus="yes">
        <source>Acknowledge %n exception(s)</source>
        <translation>
            <numerusform>Acknowledge %n exception</numerusform>
            <numerusform>Acknowledge %n exceptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every exception matching the filter (%n now) leaves the open queue. It stays in reports and exports.</source>
        <translation>
            <numerusform>Every exception matching the filter (%n now) leaves the open queue. It stays in reports and exports.</numerusform>
            <numerusform>Every exception matching the filter (%n now) leaves the open queue. It stays in reports and exports.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exception(s) leave the open queue. They stay in reports and exports.</source>
        <translation>
            <numerusform>%n exception leaves the open queue. It stays in reports and exports.</numerusform>
            <numerusform>%n exceptions leave the open queue. They stay in reports and exports.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lockstep::ui::AlertRules</name>
    <message numerus="yes">
        <source>%1 (%n open)</source>
        <translation>
            <numerusform>%1 (%n open)</numerusform>
            <numerusform>%1 (%n open)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new cause(s) of exceptions</source>
        <translation>
            <numerusform>%n new cause of exceptions</numerusform>
            <numerusform>%n new causes of exceptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new exception(s) in the last %1.</source>
        <translation>
            <numerusform>%n new exception in the last %1.</numerusform>
            <numerusform>%n new exceptions in the last %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open exception(s) pass the warehouse cutoff soon; the first %1.</source>
        <translation>
            <numerusform>%n open exception passes the warehouse cutoff soon: %1.</numerusform>
            <numerusform>%n open exceptions pass the warehouse cutoff soon; the first %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lockstep::ui::AlertTray</name>
    <message numerus="yes">
        <source>Lockstep: %n open exception(s)</source>
        <translation>
            <numerusform>Lockstep: %n open exception</numerusform>
            <numerusform>Lockstep: %n open exceptions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lockstep::ui::AssignDialog</name>
    <message numerus="yes">
        <source>Assign %n exception(s)</source>
        <translation>
            <numerusform>Assign %n exception</numerusform>
            <numerusform>Assign %n exceptions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lockstep::ui::AuditPage</name>
    <message numerus="yes">
        <source>Entries shown: %n; scroll down for more.</source>
        <translation>
            <numerusform>Entries shown: %n; scroll down for more.</numerusform>
            <numerusform>Entries shown: %n; scroll down for more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Entries: %n</source>
        <translation>
            <numerusform>Entries: %n</numerusform>
            <numerusform>Entries: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lockstep::ui::ConnectorStatus</name>
    <message numerus="yes">
        <source>retrying %n call(s)</source>
        <translation>
            <numerusform>retrying %n call</numerusform>
            <numerusform>retrying %n calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lockstep::ui::DashboardPage</name>
    <message numerus="yes">
        <source>Paid orders not yet acknowledged by the warehouse: %n</source>
        <translation>
            <numerusform>Paid orders not yet acknowledged by the warehouse: %n</numerusform>
            <numerusform>Paid orders not yet acknowledged by the warehouse: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Behind (over %n min)</source>
        <translation>
            <numerusform>Behind (over %n min)</numerusform>
            <numerusform>Behind (over %n min)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lockstep::ui::Navigation</name>
    <message numerus="yes">
        <source>%1, %n open</source>
        <translation>
            <numerusform>%1, %n open</numerusform>
            <numerusform>%1, %n open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lockstep::ui::OrderLookupPage</name>
    <message numerus="yes">
        <source>More than %n orders match; showing the newest. Search by order number to narrow it.</source>
        <translation>
            <numerusform>More than %n order matches; showing the newest. Search by order number to narrow it.</numerusform>
            <numerusform>More than %n orders match; showing the newest. Search by order number to narrow it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orders match; choose one.</source>
        <translation>
            <numerusform>%n order matches; choose one.</numerusform>
            <numerusform>%n orders match; choose one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Timeline (%n)</source>
        <translation>
            <numerusform>Timeline (%n)</numerusform>
            <numerusform>Timeline (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exceptions (%n)</source>
        <translation>
            <numerusform>Exceptions (%n)</numerusform>
            <numerusform>Exceptions (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lockstep::ui::QueueActions</name>
    <message numerus="yes">
        <source>Retry %n exception(s) now?</source>
        <translation>
            <numerusform>Retry %n exception now?</numerusform>
            <numerusform>Retry %n exceptions now?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n exception(s)…</source>
        <translation>
            <numerusform>%1: %n exception…</numerusform>
            <numerusform>%1: %n exceptions…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n order(s) to the facility you chose?</source>
        <translation>
            <numerusform>Send %n order to the facility you chose?</numerusform>
            <numerusform>Send %n orders to the facility you chose?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Claim %n exception(s)?</source>
        <translation>
            <numerusform>Claim %n exception?</numerusform>
            <numerusform>Claim %n exceptions?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Release the claim on %n exception(s)?</source>
        <translation>
            <numerusform>Release the claim on %n exception?</numerusform>
            <numerusform>Release the claim on %n exceptions?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reopen %n exception(s)?</source>
        <translation>
            <numerusform>Reopen %n exception?</numerusform>
            <numerusform>Reopen %n exceptions?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Acknowledging does not send %n order(s) to the warehouse (%1): each stays paid and unsent in Lockstep, and reappears as a stuck pending order when its time is up. Acknowledge only if the order is handled outside Lockstep (entered in the WMS by hand, cancelled with the customer). To ship it, map the SKU or send the order without that line (Edit).</source>
        <translation>
            <numerusform>Acknowledging does not send %n order to the warehouse (%1): it stays paid and unsent in Lockstep, and reappears as a stuck pending order when its time is up. Acknowledge only if the order is handled outside Lockstep (entered in the WMS by hand, cancelled with the customer). To ship it, map the SKU or send the order without that line (Edit).</numerusform>
            <numerusform>Acknowledging does not send %n orders to the warehouse (%1): each stays paid and unsent in Lockstep, and reappears as a stuck pending order when its time is up. Acknowledge only if the order is handled outside Lockstep (entered in the WMS by hand, cancelled with the customer). To ship it, map the SKU or send the order without that line (Edit).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lockstep::ui::QueuePage</name>
    <message numerus="yes">
        <source>%1 · %n selected</source>
        <translation>
            <numerusform>%1 · %n selected</numerusform>
            <numerusform>%1 · %n selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lockstep::ui::ReportsPage</name>
    <message numerus="yes">
        <source>%n order(s) behind %1 %2 (%3); Preview shows the days again.</source>
        <translation>
            <numerusform>%n order behind %1 %2 (%3); Preview shows the days again.</numerusform>
            <numerusform>%n orders behind %1 %2 (%3); Preview shows the days again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s); the export holds them all.</source>
        <translation>
            <numerusform>The first %n row; the export holds them all.</numerusform>
            <numerusform>The first %n rows; the export holds them all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n row.</numerusform>
            <numerusform>%n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting: %n row(s) written…</source>
        <translation>
            <numerusform>Exporting: %n row written…</numerusform>
            <numerusform>Exporting: %n rows written…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>%n row exported to %1.</numerusform>
            <numerusform>%n rows exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) behind %1 %2 (%3); the first %4 shown, the export holds them all. Preview shows the days again.</source>
        <translation>
            <numerusform>%n order behind %1 %2 (%3); the first %4 shown, the export holds them all. Preview shows the days again.</numerusform>
            <numerusform>%n orders behind %1 %2 (%3); the first %4 shown, the export holds them all. Preview shows the days again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lockstep::ui::SelfTestPanel</name>
    <message numerus="yes">
        <source>%n check(s) failed.</source>
        <translation>
            <numerusform>%n check failed.</numerusform>
            <numerusform>%n checks failed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lockstep::ui::SettingsPage</name>
    <message numerus="yes">
        <source>Not saved: %n problem(s) to fix first.</source>
        <translation>
            <numerusform>Not saved: %n problem to fix first.</numerusform>
            <numerusform>Not saved: %n problems to fix first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lockstep::ui::SkuMappingDialog</name>
    <message numerus="yes">
        <source>Storefront SKU %1 is in %n open exception(s). The mapping is kept and applies to all of them; they are sent to the warehouse again.</source>
        <translation>
            <numerusform>Storefront SKU %1 is in %n open exception. The mapping is kept and applies to it; it is sent to the warehouse again.</numerusform>
            <numerusform>Storefront SKU %1 is in %n open exceptions. The mapping is kept and applies to all of them; they are sent to the warehouse again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send order %1 without its %2 line: the warehouse does not stock it (a gift card, a service). The customer keeps what they paid; the other %n line(s) are shipped.</source>
        <translation>
            <numerusform>Send order %1 without its %2 line: the warehouse does not stock it (a gift card, a service). The customer keeps what they paid; %n other line is shipped.</numerusform>
            <numerusform>Send order %1 without its %2 line: the warehouse does not stock it (a gift card, a service). The customer keeps what they paid; the other %n lines are shipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message numerus="yes">
        <source>%n problem(s) met and kept for a retry or a person (see the log)</source>
        <translation>
            <numerusform>%n problem met and kept for a retry or a person (see the log)</numerusform>
            <numerusform>%n problems met and kept for a retry or a person (see the log)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>lockstep: self-test failed: %n check(s) failed.</source>
        <translation>
            <numerusform>lockstep: self-test failed: %n check failed.</numerusform>
            <numerusform>lockstep: self-test failed: %n checks failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n store return(s) sent to the warehouse as customer returns</source>
        <translation>
            <numerusform>%n store return sent to the warehouse as a customer return</numerusform>
            <numerusform>%n store returns sent to the warehouse as customer returns</numerusform>
        </translation>
    </message>
</context>
</TS>
