<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>BothSystemsState</name>
    <message>
        <source>payment pending</source>
        <translation>Zahlung ausstehend</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>bezahlt</translation>
    </message>
    <message>
        <source>payment failed</source>
        <translation>Zahlung fehlgeschlagen</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>erstattet</translation>
    </message>
    <message>
        <source>partly refunded</source>
        <translation>teilweise erstattet</translation>
    </message>
    <message>
        <source>Warehouse: cannot read what is waiting to be sent: %1</source>
        <translation>Lager: Was zum Übermitteln wartet, kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Warehouse: no cancellation is waiting to be sent.</source>
        <translation>Lager: Keine Stornierung wartet auf das Übermitteln.</translation>
    </message>
    <message>
        <source>Warehouse: not created; the order is held in Lockstep and was never sent.</source>
        <translation>Lager: nicht angelegt; die Bestellung wird in Lockstep zurückgehalten und wurde nie übermittelt.</translation>
    </message>
    <message numerus="yes">
        <source>Warehouse: not created yet; waiting to be sent (%n attempt(s) so far).</source>
        <translation>
            <numerusform>Lager: noch nicht angelegt; wartet auf das Übermitteln (bisher %n Versuch).</numerusform>
            <numerusform>Lager: noch nicht angelegt; wartet auf das Übermitteln (bisher %n Versuche).</numerusform>
        </translation>
    </message>
    <message>
        <source>Warehouse: not created yet; the last attempt failed (%1), next try %2.</source>
        <translation>Lager: noch nicht angelegt; der letzte Versuch ist fehlgeschlagen (%1), nächster Versuch %2.</translation>
    </message>
    <message>
        <source>Warehouse: refused it: %1</source>
        <translation>Lager: abgelehnt: %1</translation>
    </message>
    <message>
        <source>Warehouse: sent, not yet seen there; a retry asks the warehouse before sending anything.</source>
        <translation>Lager: übermittelt, dort noch nicht gesehen; ein Wiederholen fragt zuerst beim Lager nach, bevor etwas gesendet wird.</translation>
    </message>
    <message>
        <source>Storefront: cannot read the order: %1</source>
        <translation>Shop: Die Bestellung kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Storefront: order %1 is not in Lockstep.</source>
        <translation>Shop: Bestellung %1 ist nicht in Lockstep.</translation>
    </message>
    <message>
        <source>Storefront: order %1 is cancelled (%2).</source>
        <translation>Shop: Bestellung %1 ist storniert (%2).</translation>
    </message>
    <message>
        <source>Storefront: order %1 is %2, %3.</source>
        <translation>Shop: Bestellung %1 ist %2, %3.</translation>
    </message>
    <message>
        <source>Warehouse: cannot read: %1</source>
        <translation>Lager: kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>Warehouse: already created as %1 (%2), %n unit(s) shipped.</source>
        <translation>
            <numerusform>Lager: bereits angelegt als %1 (%2), %n Einheit versandt.</numerusform>
            <numerusform>Lager: bereits angelegt als %1 (%2), %n Einheiten versandt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warehouse: already created as %1 (%2), %n unit(s) back-ordered.</source>
        <translation>
            <numerusform>Lager: bereits angelegt als %1 (%2), %n Einheit im Rückstand.</numerusform>
            <numerusform>Lager: bereits angelegt als %1 (%2), %n Einheiten im Rückstand.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warehouse: already created as %1 (%2); a retry sends nothing twice.</source>
        <translation>Lager: bereits angelegt als %1 (%2); ein Wiederholen sendet nichts doppelt.</translation>
    </message>
    <message>
        <source>Not about one order: there is nothing at the storefront or the warehouse to compare.</source>
        <translation>Betrifft keine einzelne Bestellung: Im Shop und im Lager gibt es nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>Warehouse: being sent right now (%1).</source>
        <translation>Lager: wird gerade gesendet (%1).</translation>
    </message>
    <message>
        <source>by the engine</source>
        <translation>von der Engine</translation>
    </message>
</context>
<context>
    <name>Lockstep</name>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>quittiert</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T. %2 Std.</translation>
    </message>
    <message>
        <source>Storefront: could not be read (%1).</source>
        <translation>Shop: konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>Storefront: cancelled.</source>
        <translation>Shop: storniert.</translation>
    </message>
    <message>
        <source>Storefront: %1, %2, told it shipped (%3).</source>
        <translation>Shop: %1, %2, Versand gemeldet (%3).</translation>
    </message>
    <message>
        <source>Storefront: %1, %2.</source>
        <translation>Shop: %1, %2.</translation>
    </message>
    <message>
        <source>Warehouse: could not be read (%1).</source>
        <translation>Lager: konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>Warehouse: no sales order for it.</source>
        <translation>Lager: kein Auftrag dazu.</translation>
    </message>
    <message>
        <source>Warehouse: %1 %2 at %3.</source>
        <translation>Lager: %1 %2 in %3.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation>Die Datenbank hat die Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Exception %1 is not about one order.</source>
        <translation>Klärfall %1 betrifft keine einzelne Bestellung.</translation>
    </message>
    <message>
        <source>The order of exception %1 is not in Lockstep.</source>
        <translation>Die Bestellung zu Klärfall %1 ist nicht in Lockstep.</translation>
    </message>
    <message>
        <source>%1 is not in the WMS item master.</source>
        <translation>%1 ist nicht im Artikelstamm des WMS.</translation>
    </message>
    <message>
        <source>The exceptions matching the filter could not be read: %1</source>
        <translation>Die Klärfälle zum Filter konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>An acknowledgement needs a note saying what was done.</source>
        <translation>Zum Quittieren gehört eine Notiz, was getan wurde.</translation>
    </message>
    <message>
        <source>Exception %1 does not exist.</source>
        <translation>Klärfall %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>Exception %1 is claimed by %2; ask them, or have it assigned to you.</source>
        <translation>Klärfall %1 hat %2 übernommen; fragen Sie dort nach oder lassen Sie ihn sich zuweisen.</translation>
    </message>
    <message>
        <source>Reading both systems needs the running engine; the console asks it.</source>
        <translation>Das Lesen beider Systeme braucht die laufende Engine; die Konsole fragt sie.</translation>
    </message>
    <message>
        <source>Exception %1 is already %2.</source>
        <translation>Klärfall %1 ist bereits %2.</translation>
    </message>
    <message>
        <source>Exception %1 was already assigned so.</source>
        <translation>Klärfall %1 war bereits so zugewiesen.</translation>
    </message>
    <message>
        <source>Exception %1 is already claimed by you.</source>
        <translation>Sie haben Klärfall %1 bereits übernommen.</translation>
    </message>
    <message>
        <source>Exception %1 is already claimed by %2.</source>
        <translation>Klärfall %1 hat bereits %2 übernommen.</translation>
    </message>
    <message>
        <source>Exception %1 is not claimed.</source>
        <translation>Klärfall %1 ist nicht übernommen.</translation>
    </message>
    <message>
        <source>Exception %1 is claimed by %2; only they can release it.</source>
        <translation>Klärfall %1 hat %2 übernommen; nur diese Person kann ihn freigeben.</translation>
    </message>
    <message>
        <source>Exception %1 is already open.</source>
        <translation>Klärfall %1 ist bereits offen.</translation>
    </message>
    <message>
        <source>Exception %1 is now %2 (version %3).</source>
        <translation>Klärfall %1 ist jetzt %2 (Version %3).</translation>
    </message>
    <message>
        <source>A comment needs some text.</source>
        <translation>Ein Kommentar braucht Text.</translation>
    </message>
    <message>
        <source>Comment added to exception %1.</source>
        <translation>Kommentar zu Klärfall %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Only an order cancelled past its cutoff can be intercepted at the warehouse.</source>
        <translation>Nur eine nach dem Cut-off stornierte Bestellung kann im Lager abgefangen werden.</translation>
    </message>
    <message>
        <source>Say how and whom you asked (a call to the shift lead, a mail to the floor).</source>
        <translation>Geben Sie an, wie und wen Sie gefragt haben (Anruf bei der Schichtleitung, Mail an die Halle).</translation>
    </message>
    <message>
        <source>%1 asked %2 to pull the order (%3). Wait for the warehouse: this resolves itself when it cancels the order; if the carrier collects it, arrange a return and refund with the customer.</source>
        <translation>%1 hat %2 gebeten, die Bestellung herauszuziehen (%3). Warten Sie auf das Lager: Das erledigt sich, sobald es die Bestellung storniert; holt der Spediteur sie ab, vereinbaren Sie Rücksendung und Erstattung mit dem Kunden.</translation>
    </message>
    <message>
        <source>the warehouse</source>
        <translation>das Lager</translation>
    </message>
    <message>
        <source>Order %1: the request to pull it is kept; the exception waits for the warehouse.</source>
        <translation>Bestellung %1: Die Bitte, sie herauszuziehen, ist festgehalten; der Klärfall wartet auf das Lager.</translation>
    </message>
    <message>
        <source>%1 by %2 at %3</source>
        <translation>%1 von %2 um %3</translation>
    </message>
    <message>
        <source>a change with no audit record</source>
        <translation>eine Änderung ohne Protokolleintrag</translation>
    </message>
    <message>
        <source>Exception %1 changed since you read it (version %2, now %3): %4. Read it again before acting.</source>
        <translation>Klärfall %1 hat sich geändert, seit Sie ihn gelesen haben (Version %2, jetzt %3): %4. Lesen Sie ihn erneut, bevor Sie handeln.</translation>
    </message>
    <message>
        <source>Exception %1 is %2; reopen it before a retry.</source>
        <translation>Klärfall %1 ist %2; öffnen Sie ihn wieder, bevor Sie wiederholen.</translation>
    </message>
    <message>
        <source>A retry of exception %1 (%2) has nothing to send again; edit or acknowledge it.</source>
        <translation>Ein Wiederholen von Klärfall %1 (%2) hat nichts erneut zu senden; bearbeiten oder quittieren Sie ihn.</translation>
    </message>
    <message>
        <source>Order %1 is cancelled in the storefront: nothing to send to the warehouse.</source>
        <translation>Bestellung %1 ist im Shop storniert: nichts an das Lager zu senden.</translation>
    </message>
    <message>
        <source>Order %1 is not paid; it goes to the warehouse once payment is confirmed.</source>
        <translation>Bestellung %1 ist nicht bezahlt; sie geht an das Lager, sobald die Zahlung bestätigt ist.</translation>
    </message>
    <message>
        <source>Already at the warehouse as %1 (%2 at %3): linked to it, nothing sent.</source>
        <translation>Bereits im Lager als %1 (%2 in %3): damit verknüpft, nichts gesendet.</translation>
    </message>
    <message>
        <source>No cancellation of order %1 is waiting to be sent.</source>
        <translation>Keine Stornierung von Bestellung %1 wartet auf den Versand.</translation>
    </message>
    <message>
        <source>Order %1 must be decided again (mappings, facility), which needs the engine&apos;s configuration: give --config.</source>
        <translation>Bestellung %1 muss neu entschieden werden (Zuordnungen, Standort), dafür braucht es die Konfiguration der Engine: geben Sie --config an.</translation>
    </message>
    <message>
        <source>the order was not queued</source>
        <translation>die Bestellung wurde nicht eingereiht</translation>
    </message>
    <message>
        <source>due now under %1</source>
        <translation>jetzt fällig unter %1</translation>
    </message>
    <message>
        <source>still held: %1</source>
        <translation>weiter zurückgehalten: %1</translation>
    </message>
    <message>
        <source>Order %1 is still held: %2</source>
        <translation>Bestellung %1 wird weiter zurückgehalten: %2</translation>
    </message>
    <message>
        <source>Till return %1 is due now (attempt %2, same idempotency key); the warehouse is asked whether it already has it before anything is sent.</source>
        <translation>Kassenretoure %1 ist jetzt fällig (Versuch %2, gleicher Idempotenzschlüssel); das Lager wird gefragt, ob es sie schon hat, bevor etwas gesendet wird.</translation>
    </message>
    <message>
        <source>Order %1 is due now (attempt %2, same idempotency key); the warehouse is asked whether it already has it before anything is sent.</source>
        <translation>Bestellung %1 ist jetzt fällig (Versuch %2, gleicher Idempotenzschlüssel); das Lager wird gefragt, ob es sie schon hat, bevor etwas gesendet wird.</translation>
    </message>
    <message>
        <source>Exception %1 or its outbox entry is gone.</source>
        <translation>Klärfall %1 oder sein Postausgangseintrag ist weg.</translation>
    </message>
    <message>
        <source>Not sent yet: %1. It is tried again automatically after a pause.</source>
        <translation>Noch nicht gesendet: %1. Nach einer Pause wird es automatisch erneut versucht.</translation>
    </message>
    <message>
        <source>The warehouse refused it again: %1</source>
        <translation>Das Lager hat es erneut abgelehnt: %1</translation>
    </message>
    <message>
        <source>Due now; the engine sends it on its next run.</source>
        <translation>Jetzt fällig; die Engine sendet es beim nächsten Durchlauf.</translation>
    </message>
    <message>
        <source>The storefront was told it shipped.</source>
        <translation>Dem Shop wurde der Versand gemeldet.</translation>
    </message>
    <message>
        <source>The warehouse already had the customer return: nothing was sent twice.</source>
        <translation>Das Lager hatte die Kundenretoure bereits: nichts wurde doppelt gesendet.</translation>
    </message>
    <message>
        <source>The warehouse has the customer return.</source>
        <translation>Das Lager hat die Kundenretoure.</translation>
    </message>
    <message>
        <source>Already at the warehouse as %1 (%2 at %3): nothing was sent twice.</source>
        <translation>Bereits im Lager als %1 (%2 in %3): nichts wurde doppelt gesendet.</translation>
    </message>
    <message>
        <source>At the warehouse as %1 (%2 at %3).</source>
        <translation>Im Lager als %1 (%2 in %3).</translation>
    </message>
    <message>
        <source>Still %1 short; the warehouse allocates again when stock arrives.</source>
        <translation>Es fehlen noch %1; das Lager reserviert erneut, wenn Ware eintrifft.</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n Einheit</numerusform>
            <numerusform>%n Einheiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing left to cancel at the warehouse.</source>
        <translation>Im Lager ist nichts mehr zu stornieren.</translation>
    </message>
    <message>
        <source>Sent to the warehouse.</source>
        <translation>An das Lager gesendet.</translation>
    </message>
    <message>
        <source>Exception %1 names no storefront SKU.</source>
        <translation>Klärfall %1 nennt keine Shop-SKU.</translation>
    </message>
    <message>
        <source>stock of %1 to be pushed again</source>
        <translation>Bestand von %1 erneut zu übertragen</translation>
    </message>
    <message>
        <source>The warehouse figure for %1 goes to %2 again (attempt %3).</source>
        <translation>Die Lagermenge für %1 geht erneut an %2 (Versuch %3).</translation>
    </message>
    <message>
        <source>Exception %1 names no shipment.</source>
        <translation>Klärfall %1 nennt keine Sendung.</translation>
    </message>
    <message>
        <source>The storefront already shows shipment %1 as shipped: nothing was sent twice.</source>
        <translation>Der Shop zeigt Sendung %1 bereits als versandt: nichts wurde doppelt gesendet.</translation>
    </message>
    <message>
        <source>Shipment %1 is not in Lockstep.</source>
        <translation>Sendung %1 ist nicht in Lockstep.</translation>
    </message>
    <message>
        <source>Shipment %1 has not been collected by the carrier: the storefront hears &quot;shipped&quot; only then.</source>
        <translation>Sendung %1 wurde vom Spediteur noch nicht abgeholt: Erst dann erfährt der Shop „versandt“.</translation>
    </message>
    <message>
        <source>The &quot;shipped&quot; message for shipment %1 is due now (attempt %2, same idempotency key).</source>
        <translation>Die „Versandt“-Meldung für Sendung %1 ist jetzt fällig (Versuch %2, gleicher Idempotenzschlüssel).</translation>
    </message>
    <message>
        <source>Order %1 is not at the warehouse: there are no totals to compare.</source>
        <translation>Bestellung %1 ist nicht im Lager: Es gibt keine Summen zu vergleichen.</translation>
    </message>
    <message>
        <source>Read again: the storefront&apos;s %1 and the warehouse&apos;s %2 agree now.</source>
        <translation>Neu gelesen: %1 im Shop und %2 im Lager stimmen jetzt überein.</translation>
    </message>
    <message>
        <source>read again: still different</source>
        <translation>neu gelesen: weiterhin verschieden</translation>
    </message>
    <message>
        <source>Read again, still different: %1</source>
        <translation>Neu gelesen, weiterhin verschieden: %1</translation>
    </message>
    <message>
        <source>Not pushed: %1. The next stock job pushes it.</source>
        <translation>Nicht übertragen: %1. Der nächste Bestandslauf überträgt es.</translation>
    </message>
    <message>
        <source>%1 now shows %2 for %3, the warehouse figure.</source>
        <translation>%1 zeigt jetzt %2 für %3, die Lagermenge.</translation>
    </message>
    <message>
        <source>Exception %1 is %2; reopen it before an edit.</source>
        <translation>Klärfall %1 ist %2; öffnen Sie ihn wieder, bevor Sie ihn bearbeiten.</translation>
    </message>
    <message>
        <source>A SKU mapping needs the storefront SKU, the WMS item and an exception about an order.</source>
        <translation>Eine SKU-Zuordnung braucht die Shop-SKU, den WMS-Artikel und einen Klärfall zu einer Bestellung.</translation>
    </message>
    <message>
        <source>%1 mapped to %2</source>
        <translation>%1 zugeordnet zu %2</translation>
    </message>
    <message>
        <source>%1 now maps to WMS item %2.</source>
        <translation>%1 ist jetzt dem WMS-Artikel %2 zugeordnet.</translation>
    </message>
    <message>
        <source>Exception %1 has the same SKU but is claimed by %2; left to them.</source>
        <translation>Klärfall %1 hat dieselbe SKU, aber %2 hat ihn übernommen; bleibt dort.</translation>
    </message>
    <message>
        <source>Order %1 is already at the warehouse; change it there (or cancel it and send it again).</source>
        <translation>Bestellung %1 ist bereits im Lager; ändern Sie sie dort (oder stornieren und erneut senden).</translation>
    </message>
    <message>
        <source>Choose a facility.</source>
        <translation>Wählen Sie einen Standort.</translation>
    </message>
    <message>
        <source>Order %1 has no warehouse order waiting to be sent, so there is no line to adjust.</source>
        <translation>Für Bestellung %1 wartet kein Lagerauftrag auf den Versand, also gibt es keine Position anzupassen.</translation>
    </message>
    <message>
        <source>Order %1 goes to facility %2.</source>
        <translation>Bestellung %1 geht an Standort %2.</translation>
    </message>
    <message>
        <source>Order %1 has no line %2 to adjust.</source>
        <translation>Bestellung %1 hat keine Position %2 zum Anpassen.</translation>
    </message>
    <message>
        <source>Line %1 of order %2 is now %3 × %4.</source>
        <translation>Position %1 von Bestellung %2 ist jetzt %3 × %4.</translation>
    </message>
    <message>
        <source>Only an order held by a SKU mismatch can be sent without a line.</source>
        <translation>Nur eine wegen SKU-Abweichung zurückgehaltene Bestellung kann ohne eine Position gesendet werden.</translation>
    </message>
    <message>
        <source>Order %1 is already on its way to the warehouse; change it there.</source>
        <translation>Bestellung %1 ist bereits unterwegs zum Lager; ändern Sie sie dort.</translation>
    </message>
    <message>
        <source>Order %1 has no line with SKU %2.</source>
        <translation>Bestellung %1 hat keine Position mit SKU %2.</translation>
    </message>
    <message>
        <source>Order %1 has no other line: without SKU %2 nothing would go to the warehouse. Cancel or refund it in the storefront instead.</source>
        <translation>Bestellung %1 hat keine andere Position: Ohne SKU %2 ginge nichts an das Lager. Stornieren oder erstatten Sie sie stattdessen im Shop.</translation>
    </message>
    <message>
        <source>Order %1 goes to the warehouse without its line of SKU %2.</source>
        <translation>Bestellung %1 geht ohne ihre Position mit SKU %2 an das Lager.</translation>
    </message>
    <message>
        <source>A field mapping needs the checkout field and the WMS field.</source>
        <translation>Eine Feldzuordnung braucht das Checkout-Feld und das WMS-Feld.</translation>
    </message>
    <message>
        <source>Checkout field %1 now maps to WMS field %2 for every later order.</source>
        <translation>Checkout-Feld %1 ist jetzt für jede spätere Bestellung dem WMS-Feld %2 zugeordnet.</translation>
    </message>
    <message>
        <source>Order %1 reached the warehouse without it.</source>
        <translation>Bestellung %1 hat das Lager ohne es erreicht.</translation>
    </message>
    <message>
        <source> (not recorded: %1)</source>
        <translation> (nicht festgehalten: %1)</translation>
    </message>
    <message>
        <source>Exception %1 is not about one order: there is no order to read.</source>
        <translation>Klärfall %1 betrifft keine einzelne Bestellung: Es gibt keine Bestellung zu lesen.</translation>
    </message>
    <message>
        <source>Order %1 cannot go to the warehouse: %2.</source>
        <translation>Bestellung %1 kann nicht an das Lager gehen: %2.</translation>
    </message>
    <message>
        <source>Correct the order in the storefront (quantities above zero, no negative amounts); it is taken in again and sent once it changes.</source>
        <translation>Korrigieren Sie die Bestellung im Shop (Mengen über null, keine negativen Beträge); sie wird neu übernommen und gesendet, sobald sie sich ändert.</translation>
    </message>
    <message>
        <source>Order %1 came from channel &quot;%2&quot;, which is mapped to no facility, so a person routes its orders.</source>
        <translation>Bestellung %1 kam über den Kanal „%2“, der bewusst keinem Standort zugeordnet ist; seine Bestellungen leitet ein Mensch weiter.</translation>
    </message>
    <message>
        <source>Order %1 came from channel &quot;%2&quot;, which maps to no facility, and no default facility is set.</source>
        <translation>Bestellung %1 kam über den Kanal „%2“, der keinem Standort zugeordnet ist, und es ist kein Standardstandort gesetzt.</translation>
    </message>
    <message>
        <source>Map the channel to a facility in Settings, or choose a facility for this order, then retry.</source>
        <translation>Ordnen Sie den Kanal in den Einstellungen einem Standort zu oder wählen Sie einen Standort für diese Bestellung, dann wiederholen.</translation>
    </message>
    <message>
        <source>Order %1 cannot go to the warehouse: SKU %2 is not in the WMS item master.</source>
        <translation>Bestellung %1 kann nicht an das Lager gehen: SKU %2 ist nicht im Artikelstamm des WMS.</translation>
    </message>
    <message>
        <source>Map the storefront SKU to a WMS item (Edit), or add the item to the WMS item master, then retry.</source>
        <translation>Ordnen Sie die Shop-SKU einem WMS-Artikel zu (Bearbeiten) oder legen Sie den Artikel im Artikelstamm des WMS an, dann wiederholen.</translation>
    </message>
    <message>
        <source>Order %1 has checkout fields with no WMS mapping: %2. The warehouse will not see them.</source>
        <translation>Bestellung %1 hat Checkout-Felder ohne WMS-Zuordnung: %2. Das Lager sieht sie nicht.</translation>
    </message>
    <message>
        <source>Map the field to a WMS field in Settings; orders already sent keep their values in Lockstep.</source>
        <translation>Ordnen Sie das Feld in den Einstellungen einem WMS-Feld zu; bereits gesendete Bestellungen behalten ihre Werte in Lockstep.</translation>
    </message>
    <message>
        <source>Till return %1 was taken back at store %2, which maps to no facility, so the warehouse cannot be told the goods are coming back.</source>
        <translation>Kassenretoure %1 wurde in Filiale %2 zurückgenommen, die keinem Standort zugeordnet ist; daher kann das Lager nicht erfahren, dass die Ware zurückkommt.</translation>
    </message>
    <message>
        <source>Map the store to a facility in Settings, or choose a facility for this return, then retry.</source>
        <translation>Ordnen Sie die Filiale in den Einstellungen einem Standort zu oder wählen Sie einen Standort für diese Retoure, dann wiederholen.</translation>
    </message>
    <message>
        <source>Till return %1 at store %2 cannot go to the warehouse: SKU %3 is not in the WMS item master.</source>
        <translation>Kassenretoure %1 in Filiale %2 kann nicht an das Lager gehen: SKU %3 ist nicht im Artikelstamm des WMS.</translation>
    </message>
    <message>
        <source>Map the till SKU to a WMS item (Edit), or add the item to the WMS item master, then retry.</source>
        <translation>Ordnen Sie die Kassen-SKU einem WMS-Artikel zu (Bearbeiten) oder legen Sie den Artikel im Artikelstamm des WMS an, dann wiederholen.</translation>
    </message>
    <message>
        <source>The warehouse refused order %1: %2</source>
        <translation>Das Lager hat Bestellung %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>Correct the order or the mapping the warehouse refused, then retry.</source>
        <translation>Korrigieren Sie die Bestellung oder die Zuordnung, die das Lager abgelehnt hat, dann wiederholen.</translation>
    </message>
    <message>
        <source>Order %1 was cancelled in the storefront, but the carrier collected it from %2 although the warehouse was asked to pull it.</source>
        <translation>Bestellung %1 wurde im Shop storniert, aber der Spediteur hat sie in %2 abgeholt, obwohl das Lager gebeten wurde, sie herauszuziehen.</translation>
    </message>
    <message>
        <source>Order %1 was cancelled in the storefront, but the carrier collected it from %2.</source>
        <translation>Bestellung %1 wurde im Shop storniert, aber der Spediteur hat sie in %2 abgeholt.</translation>
    </message>
    <message>
        <source>Tell the customer the parcel is on its way, and arrange its return and the refund; acknowledge once done.</source>
        <translation>Sagen Sie dem Kunden, dass das Paket unterwegs ist, und vereinbaren Sie Rücksendung und Erstattung; danach quittieren.</translation>
    </message>
    <message>
        <source>Order %1 was cancelled in the storefront, but the warehouse could only cancel its back-ordered units: it was %2 at %3. The rest will ship.</source>
        <translation>Bestellung %1 wurde im Shop storniert, aber das Lager konnte nur die rückständigen Einheiten stornieren: Sie war %2 in %3. Der Rest wird versandt.</translation>
    </message>
    <message>
        <source>Order %1 was cancelled in the storefront, but the warehouse had already locked it (%2 at %3). It will ship unless stopped.</source>
        <translation>Bestellung %1 wurde im Shop storniert, aber das Lager hatte sie bereits gesperrt (%2 in %3). Sie wird versandt, wenn sie niemand stoppt.</translation>
    </message>
    <message>
        <source>Ask the warehouse to pull the order before the carrier collects it, or arrange a return and refund with the customer.</source>
        <translation>Bitten Sie das Lager, die Bestellung vor der Abholung herauszuziehen, oder vereinbaren Sie Rücksendung und Erstattung mit dem Kunden.</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 allocated)</source>
        <translation>%1 (%2 von %3 reserviert)</translation>
    </message>
    <message>
        <source>Order %1 is %2 at %3: stock could not be allocated for %4.</source>
        <translation>Bestellung %1 ist %2 in %3: Für %4 konnte kein Bestand reserviert werden.</translation>
    </message>
    <message>
        <source>%1 of %2 units</source>
        <translation>%1 von %2 Einheiten</translation>
    </message>
    <message>
        <source>Move stock from another facility or wait for the inbound delivery, then retry the allocation.</source>
        <translation>Lagern Sie Bestand von einem anderen Standort um oder warten Sie auf die Anlieferung, dann die Reservierung wiederholen.</translation>
    </message>
    <message>
        <source>, less %1 sold there since, so %2 expected</source>
        <translation>, abzüglich %1 seitdem dort verkauft, also %2 erwartet</translation>
    </message>
    <message>
        <source>%1 shows %2 of %3, but Lockstep last pushed %4 (%5 ago)%6: %7 %8.</source>
        <translation>%1 zeigt %2 von %3, aber Lockstep hat zuletzt %4 übertragen (vor %5)%6: %7 %8.</translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1 Einheiten</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>unbekannter Zeit</translation>
    </message>
    <message>
        <source>more, so the storefront may oversell</source>
        <translation>mehr, der Shop kann also überverkaufen</translation>
    </message>
    <message>
        <source>fewer, so sales may be lost</source>
        <translation>weniger, es können also Verkäufe verloren gehen</translation>
    </message>
    <message>
        <source>Find who changed the stock in the storefront; the next stock push restores the warehouse figure.</source>
        <translation>Finden Sie heraus, wer den Bestand im Shop geändert hat; die nächste Bestandsübertragung stellt die Lagermenge wieder her.</translation>
    </message>
    <message>
        <source>order %1: %2</source>
        <translation>Bestellung %1: %2</translation>
    </message>
    <message>
        <source>no SKU</source>
        <translation>keine SKU</translation>
    </message>
    <message>
        <source>SKU %1</source>
        <translation>SKU %1</translation>
    </message>
    <message>
        <source>line %1 (%2): %3 %4</source>
        <translation>Position %1 (%2): %3 %4</translation>
    </message>
    <message>
        <source>No shipped message was queued for it.</source>
        <translation>Dafür wurde keine Versandmeldung eingereiht.</translation>
    </message>
    <message>
        <source>The shipped message is queued and has not been tried yet.</source>
        <translation>Die Versandmeldung ist eingereiht und wurde noch nicht versucht.</translation>
    </message>
    <message>
        <source>The shipped message failed %1; last error: %2</source>
        <translation>Die Versandmeldung ist %1 fehlgeschlagen; letzter Fehler: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n-mal</numerusform>
            <numerusform>%n-mal</numerusform>
        </translation>
    </message>
    <message>
        <source>The storefront refused the shipped message: %1</source>
        <translation>Der Shop hat die Versandmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <source>%1 collected %2 of order %3 (tracking %4) %5 ago, and the storefront has not been told (SLA %6 min). %7</source>
        <translation>%1 hat vor %5 %2 von Bestellung %3 abgeholt (Sendungsnummer %4), und der Shop weiß es noch nicht (SLA %6 Min.). %7</translation>
    </message>
    <message>
        <source>The carrier</source>
        <translation>Der Spediteur</translation>
    </message>
    <message>
        <source>Retry the shipped message, or mark the order shipped in the storefront with the tracking number.</source>
        <translation>Wiederholen Sie die Versandmeldung oder markieren Sie die Bestellung im Shop mit der Sendungsnummer als versandt.</translation>
    </message>
    <message>
        <source>In %1, %2 shows its parent&apos;s SKU %3 instead of its own: %4. The warehouse cannot tell it from its parent.</source>
        <translation>In %1 zeigt %2 die SKU %3 des übergeordneten Produkts statt einer eigenen: %4. Das Lager kann sie nicht vom übergeordneten Produkt unterscheiden.</translation>
    </message>
    <message>
        <source>In %1, %2 show their parent&apos;s SKU %3 instead of their own: %4. The warehouse cannot tell them apart.</source>
        <translation>In %1 zeigen %2 die SKU %3 des übergeordneten Produkts statt einer eigenen: %4. Das Lager kann sie nicht unterscheiden.</translation>
    </message>
    <message numerus="yes">
        <source>%n variation(s)</source>
        <translation>
            <numerusform>%n Variante</numerusform>
            <numerusform>%n Varianten</numerusform>
        </translation>
    </message>
    <message>
        <source>Give each variation its own SKU in the storefront (as in the WMS item master), or map it (Edit).</source>
        <translation>Geben Sie jeder Variante im Shop ihre eigene SKU (wie im Artikelstamm des WMS) oder ordnen Sie sie zu (Bearbeiten).</translation>
    </message>
    <message>
        <source>In %1, SKU %2 is used by %3 products: %4. Stock pushed for it lands on one of them at random.</source>
        <translation>In %1 wird SKU %2 von %3 Produkten verwendet: %4. Dafür übertragener Bestand landet zufällig bei einem davon.</translation>
    </message>
    <message>
        <source>Keep the SKU on one product and give the others their own (or retire the duplicate listing).</source>
        <translation>Belassen Sie die SKU bei einem Produkt und geben Sie den anderen eigene (oder nehmen Sie das doppelte Angebot heraus).</translation>
    </message>
    <message>
        <source>Bundle %1 needs %2, which is not in the WMS item master: orders for the bundle cannot go to the warehouse and its stock reads as zero.</source>
        <translation>Set %1 braucht %2, das nicht im Artikelstamm des WMS ist: Bestellungen des Sets können nicht an das Lager gehen, und sein Bestand zählt als null.</translation>
    </message>
    <message>
        <source>Bundle %1 needs %2, which are not in the WMS item master: orders for the bundle cannot go to the warehouse and its stock reads as zero.</source>
        <translation>Set %1 braucht %2, die nicht im Artikelstamm des WMS sind: Bestellungen des Sets können nicht an das Lager gehen, und sein Bestand zählt als null.</translation>
    </message>
    <message>
        <source>Add the component to the WMS item master, or correct the bundle&apos;s kit lines in the WMS.</source>
        <translation>Legen Sie die Komponente im Artikelstamm des WMS an oder korrigieren Sie die Stücklisten-Positionen des Sets im WMS.</translation>
    </message>
    <message>
        <source>Order %1 is %2 at the warehouse (%3) since %4 ago, but the storefront still shows it as &quot;%5&quot; (SLA %6 min).</source>
        <translation>Bestellung %1 ist seit %4 im Lager %2 (%3), aber der Shop zeigt sie noch als „%5“ (SLA %6 Min.).</translation>
    </message>
    <message>
        <source>Check the order in the storefront and mark it completed with the tracking number; retry the shipped message if it failed.</source>
        <translation>Prüfen Sie die Bestellung im Shop und schließen Sie sie mit der Sendungsnummer ab; wiederholen Sie die Versandmeldung, falls sie fehlschlug.</translation>
    </message>
    <message>
        <source>Cancel the order in the storefront (and refund the customer) to match the warehouse.</source>
        <translation>Stornieren Sie die Bestellung im Shop (und erstatten Sie dem Kunden), passend zum Lager.</translation>
    </message>
    <message>
        <source>Order %1 was placed %2 ago and is still &quot;%3&quot; without payment (SLA %4 min); it will not go to the warehouse until it is paid.</source>
        <translation>Bestellung %1 wurde vor %2 aufgegeben und ist noch „%3“ ohne Zahlung (SLA %4 Min.); sie geht erst an das Lager, wenn sie bezahlt ist.</translation>
    </message>
    <message>
        <source>Contact the customer about the payment, or cancel the order in the storefront.</source>
        <translation>Kontaktieren Sie den Kunden wegen der Zahlung oder stornieren Sie die Bestellung im Shop.</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>keiner festgehalten</translation>
    </message>
    <message>
        <source>Lockstep has not queued it for the warehouse.</source>
        <translation>Lockstep hat sie nicht für das Lager eingereiht.</translation>
    </message>
    <message>
        <source>The send to the warehouse was given up after %1 and waits for a retry; last error: %2</source>
        <translation>Das Senden an das Lager wurde nach %1 aufgegeben und wartet auf ein Wiederholen; letzter Fehler: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n Versuch</numerusform>
            <numerusform>%n Versuchen</numerusform>
        </translation>
    </message>
    <message>
        <source>It was sent, but the warehouse has not shown it as received.</source>
        <translation>Sie wurde gesendet, aber das Lager zeigt sie nicht als empfangen.</translation>
    </message>
    <message>
        <source>The send to the warehouse is queued and has not been tried yet.</source>
        <translation>Das Senden an das Lager ist eingereiht und wurde noch nicht versucht.</translation>
    </message>
    <message>
        <source>The send to the warehouse has failed %1; last error: %2</source>
        <translation>Das Senden an das Lager ist %1 fehlgeschlagen; letzter Fehler: %2</translation>
    </message>
    <message>
        <source>Order %1 was paid %2 ago and the warehouse has not acknowledged it (SLA %3 min). %4</source>
        <translation>Bestellung %1 wurde vor %2 bezahlt, und das Lager hat sie nicht bestätigt (SLA %3 Min.). %4</translation>
    </message>
    <message>
        <source>Check that the warehouse connection is healthy, look the order up at the WMS, then retry the send.</source>
        <translation>Prüfen Sie die Verbindung zum Lager, suchen Sie die Bestellung im WMS, dann das Senden wiederholen.</translation>
    </message>
    <message>
        <source>Till return %1 (%2) at store %3</source>
        <translation>Kassenretoure %1 (%2) in Filiale %3</translation>
    </message>
    <message>
        <source>%1 was refused by the warehouse: %2. %3 does not know the goods are coming back.</source>
        <translation>%1 wurde vom Lager abgelehnt: %2. %3 weiß nicht, dass die Ware zurückkommt.</translation>
    </message>
    <message>
        <source>%1 has not reached the warehouse %2 after Lockstep took it in (SLA %3 min): %4 does not know the goods are coming back. %5</source>
        <translation>%1 hat das Lager %2 nach der Übernahme durch Lockstep nicht erreicht (SLA %3 Min.): %4 weiß nicht, dass die Ware zurückkommt. %5</translation>
    </message>
    <message>
        <source>It is queued and has not been tried yet.</source>
        <translation>Sie ist eingereiht und wurde noch nicht versucht.</translation>
    </message>
    <message>
        <source>It failed %1; last error: %2</source>
        <translation>Fehlgeschlagen %1; letzter Fehler: %2</translation>
    </message>
    <message>
        <source>Correct what the warehouse refused (the item, the facility), then retry; or enter the return at the warehouse and acknowledge.</source>
        <translation>Korrigieren Sie, was das Lager abgelehnt hat (Artikel, Standort), dann wiederholen; oder erfassen Sie die Retoure im Lager und quittieren Sie.</translation>
    </message>
    <message>
        <source>Retry: the warehouse is asked whether it already has the return before anything is sent.</source>
        <translation>Wiederholen: Das Lager wird gefragt, ob es die Retoure schon hat, bevor etwas gesendet wird.</translation>
    </message>
    <message>
        <source>fees</source>
        <translation>Gebühren</translation>
    </message>
    <message>
        <source>shipping</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <source>No single part explains the difference.</source>
        <translation>Kein einzelner Posten erklärt die Differenz.</translation>
    </message>
    <message>
        <source>The difference matches the %1.</source>
        <translation>Die Differenz entspricht dem Posten „%1“.</translation>
    </message>
    <message>
        <source>Order %1 is worth %2 in the storefront but %3 at the warehouse (difference %4). Storefront: items %5, discount -%6, shipping %7, tax %8, other %9. %10</source>
        <translation>Bestellung %1 ist im Shop %2 wert, im Lager aber %3 (Differenz %4). Shop: Artikel %5, Rabatt -%6, Versand %7, Steuer %8, Sonstiges %9. %10</translation>
    </message>
    <message>
        <source>Check how the storefront&apos;s %1 is mapped to the warehouse order; correct the order value in the WMS or acknowledge the difference for finance.</source>
        <translation>Prüfen Sie, wie der Posten „%1“ des Shops dem Lagerauftrag zugeordnet wird; korrigieren Sie den Auftragswert im WMS oder quittieren Sie die Differenz für die Buchhaltung.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 asked %2 to pull the order before the carrier collects it: %3</source>
        <translation>%1 hat %2 gebeten, die Bestellung vor der Abholung durch den Versanddienst zurückzuhalten: %3</translation>
    </message>
    <message>
        <source>Already at the warehouse as %1 (%2), found before a retry</source>
        <translation>Bereits im Lager als %1 (%2), vor einer Wiederholung gefunden</translation>
    </message>
    <message>
        <source>Retry asked by %1 (attempt %2)</source>
        <translation>Wiederholung angefordert von %1 (Versuch %2)</translation>
    </message>
    <message>
        <source>Retry asked by %1 (attempt %2): still held</source>
        <translation>Wiederholung angefordert von %1 (Versuch %2): weiterhin zurückgehalten</translation>
    </message>
    <message>
        <source>%1 chose to send it without SKU %2</source>
        <translation>%1 hat entschieden, sie ohne SKU %2 zu senden</translation>
    </message>
    <message>
        <source>Both systems read before a retry: %1</source>
        <translation>Beide Systeme vor einer Wiederholung gelesen: %1</translation>
    </message>
    <message>
        <source>Order %1 placed: %2 %3</source>
        <translation>Bestellung %1 aufgegeben: %2 %3</translation>
    </message>
    <message>
        <source>Payment confirmed</source>
        <translation>Zahlung bestätigt</translation>
    </message>
    <message>
        <source>Status changed from %1 to %2</source>
        <translation>Status geändert von %1 zu %2</translation>
    </message>
    <message>
        <source>Cancelled before it reached the warehouse</source>
        <translation>Storniert, bevor sie das Lager erreichte</translation>
    </message>
    <message>
        <source>Cancellation queued for the warehouse</source>
        <translation>Stornierung für das Lager eingereiht</translation>
    </message>
    <message>
        <source>Queued for the warehouse at %1</source>
        <translation>Für das Lager %1 eingereiht</translation>
    </message>
    <message>
        <source>Queued for the warehouse at %1 without %2, as a person chose</source>
        <translation>Für das Lager %1 eingereiht, ohne %2, wie entschieden</translation>
    </message>
    <message numerus="yes">
        <source>Return of %n unit(s) queued for the warehouse at %1 as customer return %2</source>
        <translation>
            <numerusform>Rückgabe von %n Einheit für das Lager %1 als Kundenretoure %2 eingereiht</numerusform>
            <numerusform>Rückgabe von %n Einheiten für das Lager %1 als Kundenretoure %2 eingereiht</numerusform>
        </translation>
    </message>
    <message>
        <source>Already at the warehouse as %1 (%2)</source>
        <translation>Bereits im Lager als %1 (%2)</translation>
    </message>
    <message>
        <source>Received by the warehouse as %1 at %2</source>
        <translation>Vom Lager als %1 in %2 angenommen</translation>
    </message>
    <message>
        <source>Already at the warehouse as customer return %1 for %2</source>
        <translation>Bereits im Lager als Kundenretoure %1 für %2</translation>
    </message>
    <message>
        <source>Received by the warehouse as customer return %1 for %2</source>
        <translation>Vom Lager als Kundenretoure %1 für %2 angenommen</translation>
    </message>
    <message>
        <source>Nothing left to cancel at the warehouse</source>
        <translation>Im Lager nichts mehr zu stornieren</translation>
    </message>
    <message>
        <source>Cancelled at the warehouse</source>
        <translation>Im Lager storniert</translation>
    </message>
    <message>
        <source>Customer told: shipped with %1, tracking %2</source>
        <translation>Kunde informiert: versendet mit %1, Sendungsnummer %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Label printed for %1, tracking %2</source>
        <translation>Etikett für %1 gedruckt, Sendungsnummer %2</translation>
    </message>
    <message>
        <source>Packed at %1, waiting for %2 to collect</source>
        <translation>Verpackt in %1, wartet auf Abholung durch %2</translation>
    </message>
    <message>
        <source>Collected by %1, tracking %2</source>
        <translation>Abgeholt von %1, Sendungsnummer %2</translation>
    </message>
    <message>
        <source>In transit with %1, tracking %2</source>
        <translation>Unterwegs mit %1, Sendungsnummer %2</translation>
    </message>
    <message>
        <source>Delivered by %1, tracking %2</source>
        <translation>Zugestellt von %1, Sendungsnummer %2</translation>
    </message>
    <message>
        <source>Label voided for %1, tracking %2</source>
        <translation>Etikett für %1 storniert, Sendungsnummer %2</translation>
    </message>
    <message>
        <source>The storefront shows the stock Lockstep pushed</source>
        <translation>Der Shop zeigt den Bestand, den Lockstep übertragen hat</translation>
    </message>
    <message>
        <source>Each SKU is on one listing of its own</source>
        <translation>Jede SKU steht in einem eigenen Angebot</translation>
    </message>
    <message>
        <source>Sent to the warehouse at %1</source>
        <translation>An das Lager %1 gesendet</translation>
    </message>
    <message>
        <source>No longer pending: acknowledged by the warehouse, paid, or closed</source>
        <translation>Nicht mehr offen: vom Lager bestätigt, bezahlt oder abgeschlossen</translation>
    </message>
    <message>
        <source>The warehouse has customer return %1</source>
        <translation>Das Lager hat die Kundenretoure %1</translation>
    </message>
    <message>
        <source>The storefront now knows it shipped</source>
        <translation>Der Shop weiß jetzt, dass versendet wurde</translation>
    </message>
    <message>
        <source>Storefront and warehouse totals agree</source>
        <translation>Die Summen von Shop und Lager stimmen überein</translation>
    </message>
    <message>
        <source>The warehouse has the customer return</source>
        <translation>Das Lager hat die Kundenretoure</translation>
    </message>
    <message>
        <source>The storefront was told it shipped</source>
        <translation>Der Shop wurde über den Versand informiert</translation>
    </message>
    <message>
        <source>Every component is in the item master</source>
        <translation>Jede Komponente ist im Artikelstamm</translation>
    </message>
    <message>
        <source>Cancelled in the storefront</source>
        <translation>Im Shop storniert</translation>
    </message>
    <message>
        <source>Every checkout field of the order is mapped</source>
        <translation>Jedes Checkout-Feld der Bestellung ist zugeordnet</translation>
    </message>
    <message>
        <source>Allocated at the warehouse (%1)</source>
        <translation>Im Lager reserviert (%1)</translation>
    </message>
    <message>
        <source>The warehouse pulled the order and cancelled it, as asked</source>
        <translation>Das Lager hat die Bestellung wie gebeten zurückgehalten und storniert</translation>
    </message>
    <message>
        <source>The warehouse cancelled the order after all</source>
        <translation>Das Lager hat die Bestellung doch noch storniert</translation>
    </message>
    <message>
        <source>Exception %1 is not changed by this action.</source>
        <translation>Ausnahme %1 wird durch diese Aktion nicht geändert.</translation>
    </message>
    <message>
        <source>Till sale %1 at store %2 cannot be taken off the store&apos;s stock at the warehouse: SKU %3 is not in the WMS item master.</source>
        <translation>Kassenverkauf %1 in Filiale %2 kann nicht vom Filialbestand im Lager abgebucht werden: SKU %3 ist nicht im WMS-Artikelstamm.</translation>
    </message>
    <message>
        <source>Till sale %1 (%2) at store %3</source>
        <translation>Kassenverkauf %1 (%2) in Filiale %3</translation>
    </message>
    <message>
        <source>%1 was refused by the warehouse: %2. %3 still counts the sold units as the store&apos;s stock.</source>
        <translation>%1 wurde vom Lager abgelehnt: %2. %3 zählt die verkauften Einheiten weiter zum Filialbestand.</translation>
    </message>
    <message>
        <source>%1 has not been taken off the stock of %2 at the warehouse %3 after Lockstep took it in (SLA %4 min). %5</source>
        <translation>%1 ist %3, nachdem Lockstep ihn übernommen hat, noch nicht vom Bestand von %2 im Lager abgebucht (SLA %4 min). %5</translation>
    </message>
    <message>
        <source>Set up what the warehouse refused (the item, the store&apos;s facility or its sales floor location), then retry; or correct the store&apos;s stock at the warehouse and acknowledge.</source>
        <translation>Legen Sie an, was das Lager abgelehnt hat (den Artikel, das Lager der Filiale oder ihren Verkaufsflächen-Lagerplatz), und wiederholen Sie dann; oder korrigieren Sie den Filialbestand im Lager und bestätigen Sie.</translation>
    </message>
    <message>
        <source>Retry: the warehouse is asked how often it already holds each move before anything is sent.</source>
        <translation>Wiederholen: Das Lager wird gefragt, wie oft es jede Buchung schon hat, bevor etwas gesendet wird.</translation>
    </message>
    <message>
        <source>The warehouse took %1 of %2 off the stock of %3 %4 for till sale %5 at store %6, which Lockstep sent once: the store&apos;s stock at the warehouse is %7 too low, and the next push lowers the till&apos;s count with it.</source>
        <translation>Das Lager hat %1 von %2 %4 vom Bestand von %3 abgebucht, für Kassenverkauf %5 in Filiale %6, den Lockstep einmal gesendet hat: Der Filialbestand im Lager ist um %7 zu niedrig, und die nächste Übertragung senkt den Kassenbestand mit.</translation>
    </message>
    <message>
        <source>Put the units back on the store&apos;s stock at the warehouse (an inventory adjustment), find what replays the moves (a proxy or a second integration), then acknowledge.</source>
        <translation>Buchen Sie die Einheiten im Lager auf den Filialbestand zurück (eine Bestandskorrektur), finden Sie, was die Buchungen wiederholt (ein Proxy oder eine zweite Integration), und bestätigen Sie dann.</translation>
    </message>
    <message numerus="yes">
        <source>Sale of %n unit(s) queued to leave the stock of %1 at the warehouse</source>
        <translation>
            <numerusform>Verkauf von %n Einheit vorgemerkt, um den Bestand von %1 im Lager zu verlassen</numerusform>
            <numerusform>Verkauf von %n Einheiten vorgemerkt, um den Bestand von %1 im Lager zu verlassen</numerusform>
        </translation>
    </message>
    <message>
        <source>Already off the stock of %1 at the warehouse</source>
        <translation>Bereits vom Bestand von %1 im Lager abgebucht</translation>
    </message>
    <message>
        <source>Taken off the stock of %1 at the warehouse</source>
        <translation>Vom Bestand von %1 im Lager abgebucht</translation>
    </message>
    <message>
        <source>The warehouse has taken the sale off the store&apos;s stock</source>
        <translation>Das Lager hat den Verkauf vom Filialbestand abgebucht</translation>
    </message>
    <message>
        <source>The warehouse had already taken the sale off the store&apos;s stock: nothing was sent twice.</source>
        <translation>Das Lager hatte den Verkauf bereits vom Filialbestand abgebucht: Nichts wurde doppelt gesendet.</translation>
    </message>
    <message>
        <source>The warehouse has taken the sale off the store&apos;s stock.</source>
        <translation>Das Lager hat den Verkauf vom Filialbestand abgebucht.</translation>
    </message>
    <message>
        <source>The engine could not read the request: %1</source>
        <translation>Die Engine konnte die Anfrage nicht lesen: %1</translation>
    </message>
</context>
<context>
    <name>OrderText</name>
    <message>
        <source>unknown time</source>
        <translation>unbekannte Zeit</translation>
    </message>
    <message>
        <source>the warehouse</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Placed, waiting for payment (%1)</source>
        <translation>Bestellt, wartet auf Zahlung (%1)</translation>
    </message>
    <message>
        <source>Payment failed in the storefront</source>
        <translation>Zahlung im Shop fehlgeschlagen</translation>
    </message>
    <message>
        <source>Paid, waiting for the warehouse to acknowledge (%1)</source>
        <translation>Bezahlt, wartet auf Bestätigung durch das Lager (%1)</translation>
    </message>
    <message>
        <source>At %1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>On hold at %1 (%2)</source>
        <translation>Angehalten (%1, %2)</translation>
    </message>
    <message numerus="yes">
        <source>At %1: %2, %3 of %n units short</source>
        <translation>
            <numerusform>%1: %2, %3 von %n Einheit fehlt</numerusform>
            <numerusform>%1: %2, %3 von %n Einheiten fehlen</numerusform>
        </translation>
    </message>
    <message>
        <source>Being picked at %1</source>
        <translation>In Kommissionierung (%1)</translation>
    </message>
    <message>
        <source>Picked at %1, waiting for carrier collection (%2)</source>
        <translation>Kommissioniert (%1), wartet auf Abholung durch den Paketdienst (%2)</translation>
    </message>
    <message>
        <source>Partly shipped with %1 %2, collected %3; the rest is still at %4</source>
        <translation>Teilweise versandt mit %1 %2, abgeholt %3; der Rest ist noch im Lager (%4)</translation>
    </message>
    <message>
        <source>Shipped with %1 %2, collected %3</source>
        <translation>Versandt mit %1 %2, abgeholt %3</translation>
    </message>
    <message>
        <source>Delivered by %1 %2</source>
        <translation>Zugestellt von %1 %2</translation>
    </message>
    <message>
        <source>Cancelled in the storefront; the warehouse had not started</source>
        <translation>Im Shop storniert; das Lager hatte noch nicht begonnen</translation>
    </message>
    <message>
        <source>Cancelled in the storefront after the warehouse cutoff (%1 at %2)</source>
        <translation>Im Shop nach dem Cut-off des Lagers storniert (%1, %2)</translation>
    </message>
    <message>
        <source>Cancelled by the warehouse</source>
        <translation>Vom Lager storniert</translation>
    </message>
    <message>
        <source>Refunded in the storefront</source>
        <translation>Im Shop erstattet</translation>
    </message>
    <message>
        <source>We are waiting for your payment to be confirmed.</source>
        <translation>Wir warten auf die Bestätigung Ihrer Zahlung.</translation>
    </message>
    <message>
        <source>Your payment did not go through.</source>
        <translation>Ihre Zahlung ist nicht durchgegangen.</translation>
    </message>
    <message>
        <source>Your payment is confirmed and your order is being prepared in our warehouse.</source>
        <translation>Ihre Zahlung ist bestätigt, und Ihre Bestellung wird in unserem Lager vorbereitet.</translation>
    </message>
    <message numerus="yes">
        <source>Part of your order is waiting for new stock (units on back order: %n).</source>
        <translation>
            <numerusform>Ein Teil Ihrer Bestellung wartet auf neue Ware (im Rückstand: %n Einheit).</numerusform>
            <numerusform>Ein Teil Ihrer Bestellung wartet auf neue Ware (im Rückstand: %n Einheiten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Your order is being picked in our warehouse.</source>
        <translation>Ihre Bestellung wird in unserem Lager kommissioniert.</translation>
    </message>
    <message>
        <source>Your order is packed and waiting for the carrier to collect it.</source>
        <translation>Ihre Bestellung ist verpackt und wartet auf die Abholung durch den Paketdienst.</translation>
    </message>
    <message>
        <source>Part of your order has shipped with %1; the rest will follow.</source>
        <translation>Ein Teil Ihrer Bestellung wurde mit %1 versandt; der Rest folgt.</translation>
    </message>
    <message>
        <source>Your order has shipped with %1.</source>
        <translation>Ihre Bestellung wurde mit %1 versandt.</translation>
    </message>
    <message>
        <source>Your order has been delivered by %1.</source>
        <translation>Ihre Bestellung wurde von %1 zugestellt.</translation>
    </message>
    <message>
        <source>Your order has been cancelled.</source>
        <translation>Ihre Bestellung wurde storniert.</translation>
    </message>
    <message>
        <source>Your cancellation reached us after your order had started to be prepared in our warehouse.</source>
        <translation>Ihre Stornierung hat uns erst erreicht, als Ihre Bestellung in unserem Lager bereits vorbereitet wurde.</translation>
    </message>
    <message>
        <source>Your order has been refunded.</source>
        <translation>Der Betrag Ihrer Bestellung wurde erstattet.</translation>
    </message>
    <message>
        <source>Order placed</source>
        <translation>Bestellung aufgegeben</translation>
    </message>
    <message>
        <source>Payment confirmed</source>
        <translation>Zahlung bestätigt</translation>
    </message>
    <message>
        <source>Storefront status changed</source>
        <translation>Status im Shop geändert</translation>
    </message>
    <message>
        <source>Cancelled in the storefront</source>
        <translation>Im Shop storniert</translation>
    </message>
    <message>
        <source>Marked as shipped in the storefront</source>
        <translation>Im Shop als versandt markiert</translation>
    </message>
    <message>
        <source>Sent to the warehouse</source>
        <translation>An das Lager übermittelt</translation>
    </message>
    <message>
        <source>Cancellation sent to the warehouse</source>
        <translation>Stornierung an das Lager übermittelt</translation>
    </message>
    <message>
        <source>Warehouse order withdrawn before sending</source>
        <translation>Lagerauftrag vor dem Übermitteln zurückgezogen</translation>
    </message>
    <message>
        <source>Acknowledged by the warehouse</source>
        <translation>Vom Lager bestätigt</translation>
    </message>
    <message>
        <source>Warehouse status</source>
        <translation>Lagerstatus</translation>
    </message>
    <message>
        <source>Stock allocated</source>
        <translation>Bestand reserviert</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>Kommissioniert</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Verpackt</translation>
    </message>
    <message>
        <source>Shipped from the warehouse</source>
        <translation>Aus dem Lager versandt</translation>
    </message>
    <message>
        <source>Collected by the carrier</source>
        <translation>Vom Paketdienst abgeholt</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>Unterwegs</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>WooCommerce</source>
        <translation>WooCommerce</translation>
    </message>
    <message>
        <source>commercetools</source>
        <translation>commercetools</translation>
    </message>
    <message>
        <source>POS</source>
        <translation>Kasse (POS)</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Paketdienst</translation>
    </message>
    <message>
        <source>Lockstep</source>
        <translation>Lockstep</translation>
    </message>
    <message>
        <source>Order %1, placed %2</source>
        <translation>Bestellung %1, aufgegeben am %2</translation>
    </message>
    <message>
        <source>Payment confirmed: %1</source>
        <translation>Zahlung bestätigt: %1</translation>
    </message>
    <message>
        <source>Shipped with %1 on %2, tracking number %3</source>
        <translation>Versandt mit %1 am %2, Sendungsnummer %3</translation>
    </message>
    <message>
        <source>Track the parcel: %1</source>
        <translation>Sendung verfolgen: %1</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>Artikel:</translation>
    </message>
    <message>
        <source>  %1 × %2</source>
        <translation>  %1 × %2</translation>
    </message>
    <message>
        <source>Customer told it shipped</source>
        <translation>Kunde über Versand informiert</translation>
    </message>
    <message>
        <source>Retry asked</source>
        <translation>Wiederholung angefordert</translation>
    </message>
    <message>
        <source>Both systems checked</source>
        <translation>Beide Systeme geprüft</translation>
    </message>
    <message>
        <source>Shipment update</source>
        <translation>Sendungsstatus</translation>
    </message>
    <message>
        <source>Cancelled at the warehouse</source>
        <translation>Im Lager storniert</translation>
    </message>
    <message>
        <source>A line left out of the warehouse order</source>
        <translation>Eine Position aus dem Lagerauftrag weggelassen</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Warehouse asked to intercept</source>
        <translation>Lager um Abfangen gebeten</translation>
    </message>
</context>
<context>
    <name>SelfTestText</name>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Connection to the warehouse (Deposco)</source>
        <translation>Verbindung zum Lager (Deposco)</translation>
    </message>
    <message>
        <source>Connection to WooCommerce</source>
        <translation>Verbindung zu WooCommerce</translation>
    </message>
    <message>
        <source>Connection to commercetools</source>
        <translation>Verbindung zu commercetools</translation>
    </message>
    <message>
        <source>Connection to %1</source>
        <translation>Verbindung zu %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Nicht nötig</translation>
    </message>
    <message>
        <source>No secret of this configuration is kept in the keychain, and it does not answer here.</source>
        <translation>Kein Geheimnis dieser Konfiguration liegt im Schlüsselbund, und der Schlüsselbund antwortet hier nicht.</translation>
    </message>
    <message>
        <source>The database file cannot be opened or created.</source>
        <translation>Die Datenbankdatei kann nicht geöffnet oder angelegt werden.</translation>
    </message>
    <message>
        <source>The database was written by a newer version of Lockstep.</source>
        <translation>Die Datenbank wurde von einer neueren Version von Lockstep geschrieben.</translation>
    </message>
    <message>
        <source>The database&apos;s schema is not the one this version uses.</source>
        <translation>Das Schema der Datenbank ist nicht das, das diese Version verwendet.</translation>
    </message>
    <message>
        <source>The database opens, but refuses to be written.</source>
        <translation>Die Datenbank lässt sich öffnen, aber nicht beschreiben.</translation>
    </message>
    <message>
        <source>The operating system&apos;s keychain does not answer.</source>
        <translation>Der Schlüsselbund des Betriebssystems antwortet nicht.</translation>
    </message>
    <message>
        <source>A secret the configuration names is not in the keychain.</source>
        <translation>Ein Geheimnis, das die Konfiguration nennt, ist nicht im Schlüsselbund.</translation>
    </message>
    <message>
        <source>A secret of this connection cannot be read.</source>
        <translation>Ein Geheimnis dieser Verbindung kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No configuration was given, so no system can be checked.</source>
        <translation>Es wurde keine Konfiguration angegeben, daher kann kein System geprüft werden.</translation>
    </message>
    <message>
        <source>The configuration file does not exist or cannot be read.</source>
        <translation>Die Konfigurationsdatei existiert nicht oder kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The configuration has mistakes.</source>
        <translation>Die Konfiguration enthält Fehler.</translation>
    </message>
    <message>
        <source>The address cannot be used.</source>
        <translation>Die Adresse kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>No connection could be made.</source>
        <translation>Es konnte keine Verbindung hergestellt werden.</translation>
    </message>
    <message>
        <source>The system did not answer in time.</source>
        <translation>Das System hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The secure connection failed (certificate or TLS).</source>
        <translation>Die sichere Verbindung ist fehlgeschlagen (Zertifikat oder TLS).</translation>
    </message>
    <message>
        <source>The system refused the credentials (HTTP %1).</source>
        <translation>Das System hat die Zugangsdaten abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>The address answers, but not as this system&apos;s API (HTTP 404).</source>
        <translation>Die Adresse antwortet, aber nicht als API dieses Systems (HTTP 404).</translation>
    </message>
    <message>
        <source>The system asks Lockstep to slow down (HTTP 429).</source>
        <translation>Das System bittet Lockstep, langsamer zu werden (HTTP 429).</translation>
    </message>
    <message>
        <source>The system answers with a server error (HTTP %1).</source>
        <translation>Das System antwortet mit einem Serverfehler (HTTP %1).</translation>
    </message>
    <message>
        <source>The system refused the request (HTTP %1).</source>
        <translation>Das System hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>The address answers with something other than the API (a web page?).</source>
        <translation>Die Adresse antwortet mit etwas anderem als der API (einer Webseite?).</translation>
    </message>
    <message>
        <source>Choose a file in a folder you can write to (--db FILE), or make the folder writable.</source>
        <translation>Wählen Sie eine Datei in einem Ordner, in den Sie schreiben dürfen (--db FILE), oder machen Sie den Ordner beschreibbar.</translation>
    </message>
    <message>
        <source>Install that version of Lockstep (or a newer one), or use another database file.</source>
        <translation>Installieren Sie diese Version von Lockstep (oder eine neuere), oder verwenden Sie eine andere Datenbankdatei.</translation>
    </message>
    <message>
        <source>Open the database once with this version (lockstep --headless --once), or restore a backup.</source>
        <translation>Öffnen Sie die Datenbank einmal mit dieser Version (lockstep --headless --once), oder stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Make the file and its folder writable, free some disk space, or close the other program using it.</source>
        <translation>Machen Sie die Datei und ihren Ordner beschreibbar, schaffen Sie Speicherplatz, oder schließen Sie das andere Programm, das sie verwendet.</translation>
    </message>
    <message>
        <source>Unlock the keychain (Windows Credential Manager, GNOME Keyring or KWallet) and try again; on a server without one, name environment variables for the secrets instead.</source>
        <translation>Entsperren Sie den Schlüsselbund (Windows-Anmeldeinformationsverwaltung, GNOME Keyring oder KWallet) und versuchen Sie es erneut; auf einem Server ohne Schlüsselbund nennen Sie stattdessen Umgebungsvariablen für die Geheimnisse.</translation>
    </message>
    <message>
        <source>Store it with: lockstep secret set %1 (the secret is read from standard input).</source>
        <translation>Speichern Sie es mit: lockstep secret set %1 (das Geheimnis wird von der Standardeingabe gelesen).</translation>
    </message>
    <message>
        <source>Set the environment variable or keychain entry named in the detail, then try again.</source>
        <translation>Setzen Sie die in den Details genannte Umgebungsvariable oder den Schlüsselbundeintrag, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Give the configuration file with --config FILE, or try the sandbox with --demo.</source>
        <translation>Geben Sie die Konfigurationsdatei mit --config FILE an, oder probieren Sie die Sandbox mit --demo aus.</translation>
    </message>
    <message>
        <source>Check the path of the configuration file.</source>
        <translation>Prüfen Sie den Pfad der Konfigurationsdatei.</translation>
    </message>
    <message>
        <source>Correct each field named in the detail.</source>
        <translation>Korrigieren Sie jedes in den Details genannte Feld.</translation>
    </message>
    <message>
        <source>Give the full address in the configuration, starting with https://.</source>
        <translation>Geben Sie in der Konfiguration die vollständige Adresse an, beginnend mit https://.</translation>
    </message>
    <message>
        <source>Check the address in the configuration, that the system is up, and that no firewall or proxy blocks it.</source>
        <translation>Prüfen Sie die Adresse in der Konfiguration, ob das System läuft und ob keine Firewall und kein Proxy sie blockiert.</translation>
    </message>
    <message>
        <source>Check that the system is up and reachable from this computer, then try again.</source>
        <translation>Prüfen Sie, ob das System läuft und von diesem Computer aus erreichbar ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Check the address and the system&apos;s certificate; behind a company proxy, its certificate may need installing.</source>
        <translation>Prüfen Sie die Adresse und das Zertifikat des Systems; hinter einem Firmen-Proxy muss dessen Zertifikat eventuell installiert werden.</translation>
    </message>
    <message>
        <source>Check the key and secret and their permissions; store new ones with lockstep secret set ENTRY.</source>
        <translation>Prüfen Sie Schlüssel und Geheimnis und deren Berechtigungen; speichern Sie neue mit lockstep secret set ENTRY.</translation>
    </message>
    <message>
        <source>Check the address in the configuration (and the project key or business unit).</source>
        <translation>Prüfen Sie die Adresse in der Konfiguration (und den Projektschlüssel oder die Business Unit).</translation>
    </message>
    <message>
        <source>Wait a few minutes and run the self-test again.</source>
        <translation>Warten Sie einige Minuten, und führen Sie den Selbsttest erneut aus.</translation>
    </message>
    <message>
        <source>The fault is on the system&apos;s side: try again later, or ask its administrator.</source>
        <translation>Der Fehler liegt beim System: Versuchen Sie es später erneut, oder wenden Sie sich an dessen Administrator.</translation>
    </message>
    <message>
        <source>Check the connection settings named in the detail (business unit, project key, permissions).</source>
        <translation>Prüfen Sie die in den Details genannten Verbindungseinstellungen (Business Unit, Projektschlüssel, Berechtigungen).</translation>
    </message>
    <message>
        <source>Give the API&apos;s address, not a web page or a sign-in page.</source>
        <translation>Geben Sie die Adresse der API an, keine Webseite und keine Anmeldeseite.</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 Remedy: %2</source>
        <translation>%1 Abhilfe: %2</translation>
    </message>
    <message>
        <source>The database file is damaged: parts of it are not what SQLite wrote.</source>
        <translation>Die Datenbankdatei ist beschädigt: Teile davon sind nicht das, was SQLite geschrieben hat.</translation>
    </message>
    <message>
        <source>Restore the file from a backup (stop Lockstep first), or move it aside and let Lockstep start a new one; permissions will not repair it.</source>
        <translation>Stellen Sie die Datei aus einer Sicherung wieder her (beenden Sie Lockstep vorher) oder verschieben Sie sie und lassen Sie Lockstep eine neue anlegen; Berechtigungen reparieren sie nicht.</translation>
    </message>
    <message>
        <source>The store answered as if no credentials were sent: the web server in front of it drops the Authorization header (HTTP 401).</source>
        <translation>Der Shop antwortete, als wären keine Zugangsdaten gesendet worden: Der vorgeschaltete Webserver verwirft den Authorization-Header (HTTP 401).</translation>
    </message>
    <message>
        <source>Set &quot;auth&quot;: &quot;query_string&quot; for this storefront in the configuration (HTTPS only), or have the host pass the Authorization header on.</source>
        <translation>Setzen Sie für diesen Shop &quot;auth&quot;: &quot;query_string&quot; in der Konfiguration (nur HTTPS) oder lassen Sie den Hoster den Authorization-Header weiterreichen.</translation>
    </message>
    <message>
        <source>Connection to the store tills (Square)</source>
        <translation>Verbindung zu den Ladenkassen (Square)</translation>
    </message>
</context>
<context>
    <name>db</name>
    <message>
        <source>Migrates or checks a store: a SQLite file, or a team&apos;s PostgreSQL database (postgresql://USER@HOST/DB).</source>
        <translation>Migriert oder prüft einen Datenbestand: eine SQLite-Datei oder die PostgreSQL-Datenbank eines Teams (postgresql://BENUTZER@HOST/DB).</translation>
    </message>
    <message>
        <source>The db command.</source>
        <translation>Der Befehl db.</translation>
    </message>
    <message>
        <source>migrate or check.</source>
        <translation>migrate oder check.</translation>
    </message>
    <message>
        <source>The store: a file, or a postgresql:// URL (default: %1).</source>
        <translation>Der Datenbestand: eine Datei oder eine postgresql://-URL (Standard: %1).</translation>
    </message>
    <message>
        <source>usage: lockstep db migrate|check [--db URL|FILE]</source>
        <translation>Aufruf: lockstep db migrate|check [--db URL|DATEI]</translation>
    </message>
    <message>
        <source>lockstep: cannot migrate %1: %2</source>
        <translation>lockstep: %1 kann nicht migriert werden: %2</translation>
    </message>
    <message>
        <source>lockstep: %1 is at schema %2.</source>
        <translation>lockstep: %1 hat das Schema %2.</translation>
    </message>
    <message>
        <source>lockstep: cannot use %1: %2</source>
        <translation>lockstep: %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>lockstep: %1: SQLite file, schema %2, sound.</source>
        <translation>lockstep: %1: SQLite-Datei, Schema %2, unbeschädigt.</translation>
    </message>
    <message>
        <source>lockstep: %1: %2</source>
        <translation>lockstep: %1: %2</translation>
    </message>
    <message>
        <source>lockstep: problem: %1</source>
        <translation>lockstep: Problem: %1</translation>
    </message>
</context>
<context>
    <name>exceptions</name>
    <message numerus="yes">
        <source>%n exception(s)</source>
        <translation>
            <numerusform>%n Klärfall</numerusform>
            <numerusform>%n Klärfälle</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lockstep::app</name>
    <message>
        <source>unknown exception type &quot;%1&quot;</source>
        <translation>unbekannter Klärfalltyp „%1“</translation>
    </message>
    <message>
        <source>unknown state &quot;%1&quot; (open, acknowledged, resolved)</source>
        <translation>unbekannter Status „%1“ (open, acknowledged, resolved)</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation>--limit braucht eine positive Zahl</translation>
    </message>
    <message>
        <source>cannot read the exceptions: %1</source>
        <translation>Klärfälle können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>give at least one exception ID</source>
        <translation>geben Sie mindestens eine Klärfall-ID an</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an exception ID</source>
        <translation>„%1“ ist keine Klärfall-ID</translation>
    </message>
    <message>
        <source>%1 The running engine sends it on its next run (or run lockstep --headless --once).</source>
        <translation>%1 Die laufende Engine sendet es bei ihrem nächsten Durchlauf (oder führen Sie lockstep --headless --once aus).</translation>
    </message>
    <message>
        <source>exception %1: done. %2</source>
        <translation>Klärfall %1: erledigt. %2</translation>
    </message>
    <message>
        <source>exception %1: refused. %2</source>
        <translation>Klärfall %1: abgelehnt. %2</translation>
    </message>
    <message>
        <source>cannot look the order up: %1</source>
        <translation>Bestellung kann nicht gesucht werden: %1</translation>
    </message>
    <message>
        <source>lockstep: no order matches &quot;%1&quot; (number, email or tracking number).</source>
        <translation>lockstep: keine Bestellung passt zu „%1“ (Nummer, E-Mail oder Sendungsnummer).</translation>
    </message>
    <message>
        <source>cannot read the history of order %1</source>
        <translation>Verlauf der Bestellung %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Order %1 (%2, %3 %4): %5</source>
        <translation>Bestellung %1 (%2, %3 %4): %5</translation>
    </message>
    <message>
        <source>  exception %1 (%2, %3): %4</source>
        <translation>  Klärfall %1 (%2, %3): %4</translation>
    </message>
    <message>
        <source>Shows an order&apos;s lifecycle and its exceptions, found by number, email or tracking number.</source>
        <translation>Zeigt den Lebenszyklus einer Bestellung und ihre Klärfälle, gefunden über Nummer, E-Mail oder Sendungsnummer.</translation>
    </message>
    <message>
        <source>Lists and acts on exceptions: list, retry ID..., ack ID... --note TEXT [--kind K].</source>
        <translation>Listet Klärfälle auf und bearbeitet sie: list, retry ID..., ack ID... --note TEXT [--kind K].</translation>
    </message>
    <message>
        <source>Only exceptions of TYPE (e.g. sku_mismatch).</source>
        <translation>Nur Klärfälle vom Typ TYPE (z. B. sku_mismatch).</translation>
    </message>
    <message>
        <source>Only exceptions in STATE (open, acknowledged, resolved).</source>
        <translation>Nur Klärfälle im Status STATE (open, acknowledged, resolved).</translation>
    </message>
    <message>
        <source>At most N exceptions (default 1000).</source>
        <translation>Höchstens N Klärfälle (Standard: 1000).</translation>
    </message>
    <message>
        <source>What was done (required to acknowledge).</source>
        <translation>Was getan wurde (zum Quittieren erforderlich).</translation>
    </message>
    <message>
        <source>How it was resolved: %1 (default other).</source>
        <translation>Wie er gelöst wurde: %1 (Standard: other).</translation>
    </message>
    <message>
        <source>The engine&apos;s configuration FILE, so that orders never queued can be decided again.</source>
        <translation>Die Konfigurationsdatei FILE der Engine, damit nie eingereihte Bestellungen neu entschieden werden können.</translation>
    </message>
    <message>
        <source>lookup ORDER</source>
        <translation>lookup ORDER</translation>
    </message>
    <message>
        <source>list | retry ID... | ack ID...</source>
        <translation>list | retry ID... | ack ID...</translation>
    </message>
    <message>
        <source>usage: lockstep lookup ORDER [--json] [--db FILE]</source>
        <translation>Aufruf: lockstep lookup ORDER [--json] [--db FILE]</translation>
    </message>
    <message>
        <source>usage: lockstep exceptions list|retry|ack ... (see --help)</source>
        <translation>Aufruf: lockstep exceptions list|retry|ack ... (siehe --help)</translation>
    </message>
    <message>
        <source>exceptions ack needs --note TEXT saying what was done</source>
        <translation>exceptions ack braucht --note TEXT mit einer Angabe, was getan wurde</translation>
    </message>
    <message>
        <source>unknown --kind &quot;%1&quot;; one of %2</source>
        <translation>unbekannte --kind „%1“; möglich sind %2</translation>
    </message>
    <message>
        <source>lockstep: configuration %1: %2</source>
        <translation>lockstep: Konfiguration %1: %2</translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Write JSON to stdout.</source>
        <translation>JSON auf stdout ausgeben.</translation>
    </message>
    <message>
        <source>Writes a finance report to a CSV or XLSX file (atomically, with a manifest beside it): discrepancies, reconciliation, exceptions or audit.</source>
        <translation>Schreibt einen Finanzbericht in eine CSV- oder XLSX-Datei (atomar, mit einem Manifest daneben): discrepancies (Abweichungen), reconciliation (Abgleich), exceptions (Klärfälle) oder audit (Protokoll).</translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD (UTC), today or yesterday.</source>
        <translation>Erster Tag, YYYY-MM-DD (UTC), today oder yesterday.</translation>
    </message>
    <message>
        <source>Last day, included, like --from.</source>
        <translation>Letzter Tag, einschließlich, wie --from.</translation>
    </message>
    <message>
        <source>csv or xlsx (default: from the file name).</source>
        <translation>csv oder xlsx (Standard: nach dem Dateinamen).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>discrepancies: only these kinds, comma-separated (totals_mismatch, shipped_not_confirmed, cancelled_but_shipped, refunded_without_return, stock_drift).</source>
        <translation>discrepancies: nur diese Arten, durch Kommas getrennt (totals_mismatch, shipped_not_confirmed, cancelled_but_shipped, refunded_without_return, stock_drift).</translation>
    </message>
    <message>
        <source>reconciliation: one storefront (woocommerce, commercetools).</source>
        <translation>reconciliation: ein Shop (woocommerce, commercetools).</translation>
    </message>
    <message>
        <source>reconciliation: instead of the days, the orders behind them that count in BUCKET (sales, shipped, cancelled, refunded, difference).</source>
        <translation>reconciliation: statt der Tage die dahinterliegenden Bestellungen, die in BUCKET zählen (sales, shipped, cancelled, refunded, difference).</translation>
    </message>
    <message>
        <source>reconciliation with --orders-in: only orders in this currency.</source>
        <translation>reconciliation mit --orders-in: nur Bestellungen in dieser Währung.</translation>
    </message>
    <message>
        <source>exceptions: one type (e.g. totals_mismatch).</source>
        <translation>exceptions: ein Typ (z. B. totals_mismatch).</translation>
    </message>
    <message>
        <source>exceptions: one state (open, acknowledged, resolved).</source>
        <translation>exceptions: ein Status (open, acknowledged, resolved).</translation>
    </message>
    <message>
        <source>audit: actor, action or subject contains TEXT.</source>
        <translation>audit: Akteur, Aktion oder Gegenstand enthält TEXT.</translation>
    </message>
    <message>
        <source>Only these columns of the report, comma-separated header names.</source>
        <translation>Nur diese Spalten des Berichts, Spaltenüberschriften durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>discrepancies | reconciliation | exceptions | audit</source>
        <translation>discrepancies | reconciliation | exceptions | audit</translation>
    </message>
    <message>
        <source>usage: lockstep export discrepancies|reconciliation|exceptions|audit --from DATE --to DATE --format csv|xlsx --out FILE [--db FILE] (see --help)</source>
        <translation>Aufruf: lockstep export discrepancies|reconciliation|exceptions|audit --from DATE --to DATE --format csv|xlsx --out FILE [--db FILE] (siehe --help)</translation>
    </message>
    <message>
        <source>unknown report &quot;%1&quot;
%2</source>
        <translation>unbekannter Bericht „%1“
%2</translation>
    </message>
    <message>
        <source>--from DATE and --to DATE are both needed
%1</source>
        <translation>--from DATE und --to DATE werden beide benötigt
%1</translation>
    </message>
    <message>
        <source>--from &quot;%1&quot; is not a date (YYYY-MM-DD, today or yesterday)</source>
        <translation>--from „%1“ ist kein Datum (YYYY-MM-DD, today oder yesterday)</translation>
    </message>
    <message>
        <source>--to &quot;%1&quot; is not a date (YYYY-MM-DD, today or yesterday)</source>
        <translation>--to „%1“ ist kein Datum (YYYY-MM-DD, today oder yesterday)</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 liegt nach --to %2</translation>
    </message>
    <message>
        <source>--out FILE is needed
%1</source>
        <translation>--out FILE wird benötigt
%1</translation>
    </message>
    <message>
        <source>--format must be csv or xlsx (got &quot;%1&quot;)</source>
        <translation>--format muss csv oder xlsx sein (angegeben: „%1“)</translation>
    </message>
    <message>
        <source>unknown discrepancy kind &quot;%1&quot;</source>
        <translation>unbekannte Abweichungsart „%1“</translation>
    </message>
    <message>
        <source>--orders-in is for the reconciliation report</source>
        <translation>--orders-in gilt nur für den Bericht reconciliation</translation>
    </message>
    <message>
        <source>--orders-in must be sales, shipped, cancelled, refunded or difference</source>
        <translation>--orders-in muss sales, shipped, cancelled, refunded oder difference sein</translation>
    </message>
    <message>
        <source>the %1 report has no column &quot;%2&quot;; its columns: %3</source>
        <translation>der Bericht %1 hat keine Spalte „%2“; seine Spalten: %3</translation>
    </message>
    <message>
        <source>no database at %1</source>
        <translation>keine Datenbank unter %1</translation>
    </message>
    <message>
        <source>cannot open the database: %1</source>
        <translation>die Datenbank kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>lockstep export: %1 rows written</source>
        <translation>lockstep export: %1 Zeilen geschrieben</translation>
    </message>
    <message>
        <source>the export failed, no file was written: %1</source>
        <translation>der Export ist fehlgeschlagen, es wurde keine Datei geschrieben: %1</translation>
    </message>
    <message>
        <source>lockstep export: %1 rows of %2 written to %3 (sha256 %4); manifest %5</source>
        <translation>lockstep export: %1 von %2 Zeilen nach %3 geschrieben (sha256 %4); Manifest %5</translation>
    </message>
    <message>
        <source>%1: a newer version of Lockstep wrote this database; update Lockstep to export from it</source>
        <translation>%1: Eine neuere Version von Lockstep hat diese Datenbank geschrieben; aktualisieren Sie Lockstep, um daraus zu exportieren</translation>
    </message>
    <message>
        <source>%1: start this version of Lockstep once with this database (the console, or lockstep --headless --once) so that it migrates the schema, then export again</source>
        <translation>%1: Starten Sie diese Version von Lockstep einmal mit dieser Datenbank (die Konsole oder lockstep --headless --once), damit sie das Schema migriert, und exportieren Sie dann erneut</translation>
    </message>
    <message>
        <source>lockstep: exceptions %1 is not part of the work of the role &quot;%2&quot; (set in the console&apos;s Settings); nothing was changed.</source>
        <translation>lockstep: exceptions %1 gehört nicht zur Arbeit der Rolle „%2“ (eingestellt in den Einstellungen der Konsole); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Use the database FILE, or a team&apos;s PostgreSQL database at URL (postgresql://USER@HOST/DB) (default: %1).</source>
        <translation>Die Datenbank DATEI verwenden oder die PostgreSQL-Datenbank eines Teams unter URL (postgresql://BENUTZER@HOST/DB) (Standard: %1).</translation>
    </message>
    <message>
        <source>Read the database FILE, or a team&apos;s PostgreSQL database at URL (postgresql://USER@HOST/DB) (default: %1).</source>
        <translation>Die Datenbank DATEI lesen oder die PostgreSQL-Datenbank eines Teams unter URL (postgresql://BENUTZER@HOST/DB) (Standard: %1).</translation>
    </message>
</context>
<context>
    <name>lockstep::app::ConsoleEngine</name>
    <message>
        <source>the saved configuration was not applied (%1); running as before</source>
        <translation>die gespeicherte Konfiguration wurde nicht übernommen (%1); läuft weiter wie bisher</translation>
    </message>
    <message>
        <source>the saved configuration was not applied: a secret could not be read (%1); running as before</source>
        <translation>die gespeicherte Konfiguration wurde nicht übernommen: ein Geheimnis konnte nicht gelesen werden (%1); läuft weiter wie bisher</translation>
    </message>
    <message>
        <source>restarted with the saved configuration</source>
        <translation>mit der gespeicherten Konfiguration neu gestartet</translation>
    </message>
</context>
<context>
    <name>lockstep::core::engine::SyncEngine</name>
    <message>
        <source>Webhooks are off: %1</source>
        <translation>Webhooks sind aus: %1</translation>
    </message>
    <message>
        <source>Order %1 from %2 taken in (webhook)</source>
        <translation>Bestellung %1 von %2 übernommen (Webhook)</translation>
    </message>
    <message>
        <source>Reading orders from %1</source>
        <translation>Lese Bestellungen von %1</translation>
    </message>
    <message>
        <source>First sync of %1: %2 of %3 periods read, %4 orders</source>
        <translation>Erster Abgleich von %1: %2 von %3 Zeiträumen gelesen, %4 Bestellungen</translation>
    </message>
    <message>
        <source>Reading orders from %1: page %2 of %3</source>
        <translation>Lese Bestellungen von %1: Seite %2 von %3</translation>
    </message>
    <message>
        <source>Reading orders from %1: page %2</source>
        <translation>Lese Bestellungen von %1: Seite %2</translation>
    </message>
    <message>
        <source>Sending to the warehouse and storefronts</source>
        <translation>Sende an Lager und Shops</translation>
    </message>
    <message>
        <source>Reading orders and shipments from the warehouse</source>
        <translation>Lese Aufträge und Sendungen aus dem Lager</translation>
    </message>
    <message>
        <source>Pulling stock from the warehouse</source>
        <translation>Hole Bestand aus dem Lager</translation>
    </message>
    <message>
        <source>The engine has not started, so the action was not run.</source>
        <translation>Die Engine ist nicht gestartet, daher wurde die Aktion nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Checking for records out of step</source>
        <translation>Suche nach Datensätzen außer Takt</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Bereit</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::AcknowledgeDialog</name>
    <message>
        <source>Handled in the WMS</source>
        <translation>Im WMS erledigt</translation>
    </message>
    <message>
        <source>Handled with the customer</source>
        <translation>Mit dem Kunden geklärt</translation>
    </message>
    <message>
        <source>Handled in the storefront</source>
        <translation>Im Shop erledigt</translation>
    </message>
    <message>
        <source>Won&apos;t fix</source>
        <translation>Wird nicht behoben</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Acknowledge everything matching the filter</source>
        <translation>Alles quittieren, was zum Filter passt</translation>
    </message>
    <message numerus="yes">
        <source>Acknowledge %n exception(s)</source>
        <translation>
            <numerusform>%n Klärfall quittieren</numerusform>
            <numerusform>%n Klärfälle quittieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every exception matching the filter (%n now) leaves the open queue. It stays in reports and exports.</source>
        <translation>
            <numerusform>Jeder zum Filter passende Klärfall (derzeit %n) verlässt die offene Warteschlange. Er bleibt in Berichten und Exporten erhalten.</numerusform>
            <numerusform>Jeder zum Filter passende Klärfall (derzeit %n) verlässt die offene Warteschlange. Er bleibt in Berichten und Exporten erhalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exception(s) leave the open queue. They stay in reports and exports.</source>
        <translation>
            <numerusform>%n Klärfall verlässt die offene Warteschlange. Er bleibt in Berichten und Exporten erhalten.</numerusform>
            <numerusform>%n Klärfälle verlassen die offene Warteschlange. Sie bleiben in Berichten und Exporten erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>What was done, so the next person knows (required)</source>
        <translation>Was getan wurde, damit die nächste Person Bescheid weiß (Pflichtfeld)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Quittieren</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Lösung:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Write a note first: an acknowledgement without one cannot be understood later.</source>
        <translation>Schreiben Sie zuerst eine Notiz: Eine Quittierung ohne Notiz ist später nicht nachvollziehbar.</translation>
    </message>
    <message>
        <source>What acknowledging means</source>
        <translation>Was Bestätigen bedeutet</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::ActionResultDialog</name>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>changed since you opened it</source>
        <translation>seit dem Öffnen geändert</translation>
    </message>
    <message>
        <source>a note is required</source>
        <translation>eine Notiz ist erforderlich</translation>
    </message>
    <message>
        <source>claimed by another person</source>
        <translation>von einer anderen Person übernommen</translation>
    </message>
    <message>
        <source>not open</source>
        <translation>nicht offen</translation>
    </message>
    <message>
        <source>nothing to send again</source>
        <translation>nichts erneut zu senden</translation>
    </message>
    <message>
        <source>edit not allowed</source>
        <translation>Bearbeiten nicht erlaubt</translation>
    </message>
    <message>
        <source>needs the engine&apos;s configuration</source>
        <translation>braucht die Konfiguration der Engine</translation>
    </message>
    <message>
        <source>still failing</source>
        <translation>schlägt weiterhin fehl</translation>
    </message>
    <message>
        <source>database error</source>
        <translation>Datenbankfehler</translation>
    </message>
    <message>
        <source>%1: the outcome</source>
        <translation>%1: Ergebnis</translation>
    </message>
    <message>
        <source>%1 did not run: %2</source>
        <translation>%1 wurde nicht ausgeführt: %2</translation>
    </message>
    <message>
        <source>%1: nothing matched; nothing was changed.</source>
        <translation>%1: Nichts passte; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1: %2 done, %3 refused.</source>
        <translation>%1: %2 erledigt, %3 abgelehnt.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Refused: %1.</source>
        <translation>Abgelehnt: %1.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Outcome per exception</source>
        <translation>Ergebnis je Klärfall</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Klärfall</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Exception %1</source>
        <translation>Klärfall %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::AlertRules</name>
    <message>
        <source>New cause in %1</source>
        <translation>Neue Ursache in %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n open)</source>
        <translation>
            <numerusform>%1 (%n offen)</numerusform>
            <numerusform>%1 (%n offen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new cause(s) of exceptions</source>
        <translation>
            <numerusform>%n neue Ursache von Klärfällen</numerusform>
            <numerusform>%n neue Ursachen von Klärfällen</numerusform>
        </translation>
    </message>
    <message>
        <source>Among them: %1</source>
        <translation>Darunter: %1</translation>
    </message>
    <message>
        <source>Spike of exceptions</source>
        <translation>Sprunghafter Anstieg der Klärfälle</translation>
    </message>
    <message numerus="yes">
        <source>%n new exception(s) in the last %1.</source>
        <translation>
            <numerusform>%n neuer Klärfall in den letzten %1.</numerusform>
            <numerusform>%n neue Klärfälle in den letzten %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warehouse cutoff approaching</source>
        <translation>Cut-off des Lagers naht</translation>
    </message>
    <message numerus="yes">
        <source>%n open exception(s) pass the warehouse cutoff soon; the first %1.</source>
        <translation>
            <numerusform>%n offener Klärfall erreicht bald den Cut-off des Lagers; der erste %1.</numerusform>
            <numerusform>%n offene Klärfälle erreichen bald den Cut-off des Lagers; der erste %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 stopped syncing</source>
        <translation>%1 synchronisiert nicht mehr</translation>
    </message>
    <message>
        <source>No successful call to %1 for %2 (last at %3).</source>
        <translation>Kein erfolgreicher Aufruf von %1 seit %2 (zuletzt %3).</translation>
    </message>
    <message>
        <source>No successful call to %1 since the console started %2 ago.</source>
        <translation>Kein erfolgreicher Aufruf von %1, seit die Konsole vor %2 gestartet wurde.</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::AlertTray</name>
    <message>
        <source>Open Lockstep</source>
        <translation>Lockstep öffnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Lockstep: %n open exception(s)</source>
        <translation>
            <numerusform>Lockstep: %n offener Klärfall</numerusform>
            <numerusform>Lockstep: %n offene Klärfälle</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lockstep::ui::AssignDialog</name>
    <message numerus="yes">
        <source>Assign %n exception(s)</source>
        <translation>
            <numerusform>%n Klärfall zuweisen</numerusform>
            <numerusform>%n Klärfälle zuweisen</numerusform>
        </translation>
    </message>
    <message>
        <source>A &amp;person:</source>
        <translation>Einer &amp;Person:</translation>
    </message>
    <message>
        <source>A &amp;team:</source>
        <translation>Einem &amp;Team:</translation>
    </message>
    <message>
        <source>&amp;Nobody (unassign)</source>
        <translation>&amp;Niemandem (Zuweisung aufheben)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Sign-in name, e.g. j.moreno</source>
        <translation>Anmeldename, z. B. j.moreno</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::AuditPage</name>
    <message>
        <source>Audit</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Von Datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>Filter by who, action or record (e.g. exception:17)</source>
        <translation>Nach Person, Aktion oder Datensatz filtern (z. B. exception:17)</translation>
    </message>
    <message>
        <source>Filter the audit log</source>
        <translation>Protokoll filtern</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Sortierung</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Nothing before</source>
        <translation>Vorher nichts</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Nothing after</source>
        <translation>Nachher nichts</translation>
    </message>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>Das Protokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No audit entries between these dates.</source>
        <translation>Keine Protokolleinträge zwischen diesen Daten.</translation>
    </message>
    <message>
        <source>No audit entries between these dates match “%1”.</source>
        <translation>Keine Protokolleinträge zwischen diesen Daten passen zu „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>Entries shown: %n; scroll down for more.</source>
        <translation>
            <numerusform>%n Eintrag angezeigt; für weitere nach unten blättern.</numerusform>
            <numerusform>%n Einträge angezeigt; für weitere nach unten blättern.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Entries: %n</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an entry to see the record before and after.</source>
        <translation>Wählen Sie einen Eintrag, um den Datensatz vorher und nachher zu sehen.</translation>
    </message>
    <message>
        <source>%1 by %2 on %3, %4</source>
        <translation>%1 durch %2 für %3, %4</translation>
    </message>
    <message>
        <source>%1. Note: %2</source>
        <translation>%1. Notiz: %2</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::AuditTableModel</name>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Vorher → nachher</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::BeforeAfterView</name>
    <message>
        <source>The change</source>
        <translation>Die Änderung</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>Vorher:</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Nachher:</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::ConnectionSettings</name>
    <message>
        <source>WooCommerce</source>
        <translation>WooCommerce</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Consumer key</source>
        <translation>Consumer Key</translation>
    </message>
    <message>
        <source>Consumer secret</source>
        <translation>Consumer Secret</translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation>Webhook-Secret</translation>
    </message>
    <message>
        <source>commercetools</source>
        <translation>commercetools</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>API-URL</translation>
    </message>
    <message>
        <source>Authorisation URL</source>
        <translation>Autorisierungs-URL</translation>
    </message>
    <message>
        <source>Project key</source>
        <translation>Projektschlüssel</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>Warehouse (Deposco)</source>
        <translation>Lager (Deposco)</translation>
    </message>
    <message>
        <source>Availability URL</source>
        <translation>Verfügbarkeits-URL</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Business Unit</translation>
    </message>
    <message>
        <source>Addresses and ids of the systems Lockstep connects. Secrets go to this computer&apos;s keychain and are never shown again or written in the configuration file.</source>
        <translation>Adressen und IDs der Systeme, mit denen sich Lockstep verbindet. Geheimnisse kommen in den Schlüsselbund dieses Computers und werden nie wieder angezeigt oder in die Konfigurationsdatei geschrieben.</translation>
    </message>
    <message>
        <source>%1 (not in use)</source>
        <translation>%1 (nicht in Gebrauch)</translation>
    </message>
    <message>
        <source>Checked: Lockstep syncs with this system.</source>
        <translation>Geprüft: Lockstep synchronisiert mit diesem System.</translation>
    </message>
    <message>
        <source>Store tills (Square)</source>
        <translation>Ladenkassen (Square)</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::ConnectorStatus</name>
    <message>
        <source>Connectors</source>
        <translation>Konnektoren</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>in Ordnung</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>wiederholt</translation>
    </message>
    <message>
        <source>circuit open</source>
        <translation>Schutzschalter offen</translation>
    </message>
    <message>
        <source>trying again</source>
        <translation>prüft erneut</translation>
    </message>
    <message>
        <source>circuit open until %1</source>
        <translation>Schutzschalter offen bis %1</translation>
    </message>
    <message numerus="yes">
        <source>retrying %n call(s)</source>
        <translation>
            <numerusform>wiederholt %n Aufruf</numerusform>
            <numerusform>wiederholt %n Aufrufe</numerusform>
        </translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>letzte Synchronisierung %1</translation>
    </message>
    <message>
        <source>no successful sync yet</source>
        <translation>noch keine erfolgreiche Synchronisierung</translation>
    </message>
    <message>
        <source>%1: %2 · %3</source>
        <translation>%1: %2 · %3</translation>
    </message>
    <message>
        <source>Connector %1</source>
        <translation>Konnektor %1</translation>
    </message>
    <message>
        <source>%1
Last error: %2</source>
        <translation>%1
Letzter Fehler: %2</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::CustomFieldDialog</name>
    <message>
        <source>Map a checkout field</source>
        <translation>Ein Checkout-Feld zuordnen</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Zuordnen</translation>
    </message>
    <message>
        <source>Checkout field</source>
        <translation>Checkout-Feld</translation>
    </message>
    <message>
        <source>WMS field</source>
        <translation>WMS-Feld</translation>
    </message>
    <message>
        <source>The field name the WMS expects, e.g. giftMessage</source>
        <translation>Der Feldname, den das WMS erwartet, z. B. giftMessage</translation>
    </message>
    <message>
        <source>The mapping is kept: later orders carry the field to the warehouse, and an order not yet sent carries it too.</source>
        <translation>Die Zuordnung bleibt bestehen: Spätere Bestellungen bringen das Feld ins Lager, und eine noch nicht übermittelte Bestellung ebenfalls.</translation>
    </message>
    <message>
        <source>&amp;Checkout field:</source>
        <translation>&amp;Checkout-Feld:</translation>
    </message>
    <message>
        <source>&amp;WMS field:</source>
        <translation>&amp;WMS-Feld:</translation>
    </message>
    <message>
        <source>%1 → not sent to the warehouse</source>
        <translation>%1 → nicht an das Lager übermittelt</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Name the WMS field.</source>
        <translation>Geben Sie das WMS-Feld an.</translation>
    </message>
    <message>
        <source>%1 → %2 (this order: “%3”)</source>
        <translation>%1 → %2 (diese Bestellung: „%3“)</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Time span</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Last 24 hours, per hour</source>
        <translation>Letzte 24 Stunden, pro Stunde</translation>
    </message>
    <message>
        <source>Last 14 days, per day</source>
        <translation>Letzte 14 Tage, pro Tag</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the figures again now (F5)</source>
        <translation>Zahlen jetzt neu einlesen (F5)</translation>
    </message>
    <message>
        <source>Open the %1 queue</source>
        <translation>Warteschlange „%1“ öffnen</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Bestellt</translation>
    </message>
    <message>
        <source>Acknowledged by the warehouse</source>
        <translation>Vom Lager bestätigt</translation>
    </message>
    <message>
        <source>Oldest open exception per type</source>
        <translation>Ältester offener Klärfall je Typ</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet seit</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Servicelevel</translation>
    </message>
    <message>
        <source>Orders placed and acknowledged by the warehouse</source>
        <translation>Aufgegebene und vom Lager bestätigte Bestellungen</translation>
    </message>
    <message>
        <source>Unresolved exceptions by type</source>
        <translation>Ungelöste Klärfälle nach Typ</translation>
    </message>
    <message>
        <source>Sync lag per connector</source>
        <translation>Synchronisierungsverzug je Konnektor</translation>
    </message>
    <message>
        <source>Oldest open exception against its service level</source>
        <translation>Ältester offener Klärfall im Vergleich zu seinem Servicelevel</translation>
    </message>
    <message>
        <source>Cannot read the database: %1</source>
        <translation>Die Datenbank kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <source>Cannot read the orders: %1</source>
        <translation>Die Bestellungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No backlog: the warehouse has acknowledged every paid order in this span.</source>
        <translation>Kein Rückstau: Das Lager hat jede bezahlte Bestellung in diesem Zeitraum bestätigt.</translation>
    </message>
    <message numerus="yes">
        <source>Paid orders not yet acknowledged by the warehouse: %n</source>
        <translation>
            <numerusform>%n bezahlte Bestellung noch nicht vom Lager bestätigt</numerusform>
            <numerusform>%n bezahlte Bestellungen noch nicht vom Lager bestätigt</numerusform>
        </translation>
    </message>
    <message>
        <source>No orders in the last 24 hours.</source>
        <translation>Keine Bestellungen in den letzten 24 Stunden.</translation>
    </message>
    <message>
        <source>No orders in the last 14 days.</source>
        <translation>Keine Bestellungen in den letzten 14 Tagen.</translation>
    </message>
    <message>
        <source>Cannot read the exceptions: %1</source>
        <translation>Die Klärfälle können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Quittiert</translation>
    </message>
    <message>
        <source>No unresolved exceptions: everything is in step.</source>
        <translation>Keine ungelösten Klärfälle: Alles ist im Gleichschritt.</translation>
    </message>
    <message>
        <source>Cannot read the sync state: %1</source>
        <translation>Der Synchronisierungsstatus kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message numerus="yes">
        <source>Behind (over %n min)</source>
        <translation>
            <numerusform>Im Verzug (über %n Min.)</numerusform>
            <numerusform>Im Verzug (über %n Min.)</numerusform>
        </translation>
    </message>
    <message>
        <source>No connector has synced yet.</source>
        <translation>Noch kein Konnektor hat synchronisiert.</translation>
    </message>
    <message>
        <source>No service level</source>
        <translation>Kein Servicelevel</translation>
    </message>
    <message>
        <source>Overdue by %1</source>
        <translation>%1 überfällig</translation>
    </message>
    <message>
        <source>Due in %1</source>
        <translation>Noch %1</translation>
    </message>
    <message>
        <source>Open since %1</source>
        <translation>Offen seit %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Fällig: %1</translation>
    </message>
    <message>
        <source>No open exceptions: nothing is waiting.</source>
        <translation>Keine offenen Klärfälle: Nichts wartet.</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::DeskExecutor</name>
    <message>
        <source>The database cannot be written: %1</source>
        <translation>In die Datenbank kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Checking both systems needs the engine, and none runs on this store now: start the engine&apos;s service (or a console with the configuration), then check again.</source>
        <translation>Beide Systeme zu prüfen braucht die Engine, und auf diesem Speicher läuft gerade keine: Starten Sie den Dienst der Engine (oder eine Konsole mit der Konfiguration) und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>The exceptions to act on cannot be read: %1</source>
        <translation>Die Ausnahmen, auf die sich die Aktion bezieht, können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The request cannot be left for the engine: %1</source>
        <translation>Die Anfrage kann nicht für die Engine hinterlegt werden: %1</translation>
    </message>
    <message>
        <source>The engine&apos;s answer cannot be read: %1</source>
        <translation>Die Antwort der Engine kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The engine stopped while it ran this, before it finished. What it did is in the exception&apos;s history: look there before you try again.</source>
        <translation>Die Engine hat angehalten, während sie dies ausführte, bevor sie fertig war. Was sie getan hat, steht im Verlauf der Ausnahme: Sehen Sie dort nach, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>The request was taken back before an engine ran it.</source>
        <translation>Die Anfrage wurde zurückgenommen, bevor eine Engine sie ausführte.</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::DisplayFormat</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T. %2 Std.</translation>
    </message>
    <message>
        <source>%1 w %2 d</source>
        <translation>%1 Wo. %2 T.</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Betrieb</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>Kundenservice</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finanzen</translation>
    </message>
    <message>
        <source>eCommerce</source>
        <translation>E-Commerce</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Quittiert</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>die Verbindung wurde abgelehnt</translation>
    </message>
    <message>
        <source>the other side closed the connection</source>
        <translation>die Gegenseite hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>the server&apos;s name was not found</source>
        <translation>der Servername wurde nicht gefunden</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>the call was cancelled</source>
        <translation>der Aufruf wurde abgebrochen</translation>
    </message>
    <message>
        <source>a secure connection could not be set up</source>
        <translation>eine sichere Verbindung kam nicht zustande</translation>
    </message>
    <message>
        <source>the network failed</source>
        <translation>das Netzwerk ist ausgefallen</translation>
    </message>
    <message>
        <source>the proxy failed</source>
        <translation>der Proxy ist ausgefallen</translation>
    </message>
    <message>
        <source>the server asked for a sign-in</source>
        <translation>der Server verlangt eine Anmeldung</translation>
    </message>
    <message>
        <source>the server refused access</source>
        <translation>der Server hat den Zugriff verweigert</translation>
    </message>
    <message>
        <source>the server does not know this address</source>
        <translation>der Server kennt diese Adresse nicht</translation>
    </message>
    <message>
        <source>the server sent the call elsewhere</source>
        <translation>der Server hat den Aufruf umgeleitet</translation>
    </message>
    <message>
        <source>the server failed</source>
        <translation>der Server hat einen Fehler gemeldet</translation>
    </message>
    <message>
        <source>the call failed</source>
        <translation>der Aufruf ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Raised again</source>
        <translation>Erneut erfasst</translation>
    </message>
    <message>
        <source>Resolved by the engine</source>
        <translation>Von der Engine erledigt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Quittieren</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Release claim</source>
        <translation>Übernahme aufheben</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Check both systems</source>
        <translation>Beide Systeme prüfen</translation>
    </message>
    <message>
        <source>SKU mapped</source>
        <translation>SKU zugeordnet</translation>
    </message>
    <message>
        <source>Facility chosen</source>
        <translation>Standort gewählt</translation>
    </message>
    <message>
        <source>Custom field mapped</source>
        <translation>Zusatzfeld zugeordnet</translation>
    </message>
    <message>
        <source>Order line changed</source>
        <translation>Bestellposition geändert</translation>
    </message>
    <message>
        <source>Exception %1</source>
        <translation>Klärfall %1</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <source>SKU mapping %1</source>
        <translation>SKU-Zuordnung %1</translation>
    </message>
    <message>
        <source>Custom field mapping %1</source>
        <translation>Zusatzfeld-Zuordnung %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>Übernommen von</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Warehouse SKU</source>
        <translation>Lager-SKU</translation>
    </message>
    <message>
        <source>Warehouse field</source>
        <translation>Lager-Feld</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>der Server</translation>
    </message>
    <message>
        <source>Sent without a line</source>
        <translation>Ohne eine Position gesendet</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>SKU not in the item master</source>
        <translation>SKU nicht im Artikelstamm</translation>
    </message>
    <message>
        <source>SKU used twice in the storefront</source>
        <translation>SKU im Shop doppelt vergeben</translation>
    </message>
    <message>
        <source>Variation shares its parent&apos;s SKU</source>
        <translation>Variante hat die SKU ihres Hauptartikels</translation>
    </message>
    <message>
        <source>Bundle component not in the item master</source>
        <translation>Set-Bestandteil nicht im Artikelstamm</translation>
    </message>
    <message>
        <source>No stock to allocate</source>
        <translation>Kein Bestand zum Reservieren</translation>
    </message>
    <message>
        <source>Order values the warehouse refuses</source>
        <translation>Bestellwerte, die das Lager ablehnt</translation>
    </message>
    <message>
        <source>Channel maps to no facility</source>
        <translation>Kanal ist keinem Standort zugeordnet</translation>
    </message>
    <message>
        <source>Checkout field without a mapping</source>
        <translation>Checkout-Feld ohne Zuordnung</translation>
    </message>
    <message>
        <source>Cancelled after the warehouse locked it</source>
        <translation>Storniert, nachdem das Lager sie gesperrt hatte</translation>
    </message>
    <message>
        <source>Not acknowledged by the warehouse</source>
        <translation>Vom Lager nicht bestätigt</translation>
    </message>
    <message>
        <source>Sending to the warehouse given up</source>
        <translation>Senden an das Lager aufgegeben</translation>
    </message>
    <message>
        <source>Refused by the warehouse</source>
        <translation>Vom Lager abgelehnt</translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation>Wartet auf Zahlung</translation>
    </message>
    <message>
        <source>Storefront status behind the warehouse</source>
        <translation>Shop-Status hinter dem Lager zurück</translation>
    </message>
    <message>
        <source>Order value differs</source>
        <translation>Bestellwert weicht ab</translation>
    </message>
    <message>
        <source>Shipment confirmation missing</source>
        <translation>Versandbestätigung fehlt</translation>
    </message>
    <message>
        <source>Storefront stock differs from the warehouse</source>
        <translation>Shop-Bestand weicht vom Lager ab</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Warehouse asked to intercept</source>
        <translation>Lager um Abfangen gebeten</translation>
    </message>
    <message>
        <source>Handed to customer service</source>
        <translation>An den Kundenservice übergeben</translation>
    </message>
    <message>
        <source>Store sale not taken off the warehouse&apos;s stock</source>
        <translation>Filialverkauf nicht vom Lagerbestand abgebucht</translation>
    </message>
    <message>
        <source>Stock move applied twice at the warehouse</source>
        <translation>Bestandsbuchung im Lager doppelt ausgeführt</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::FacilityDialog</name>
    <message>
        <source>Choose a facility for order %1</source>
        <translation>Einen Standort für Bestellung %1 wählen</translation>
    </message>
    <message>
        <source>Route and retry</source>
        <translation>Zuweisen und wiederholen</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 available</source>
        <translation>%1 — %2 von %3 verfügbar</translation>
    </message>
    <message>
        <source>The order is sent to the facility you choose; the choice is kept for this order only.</source>
        <translation>Die Bestellung wird an den gewählten Standort übermittelt; die Wahl gilt nur für diese Bestellung.</translation>
    </message>
    <message>
        <source>&amp;Facility:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <source>Order %1 → no facility</source>
        <translation>Bestellung %1 → kein Standort</translation>
    </message>
    <message>
        <source>Order %1 → %2</source>
        <translation>Bestellung %1 → %2</translation>
    </message>
    <message>
        <source>Choose a facility.</source>
        <translation>Wählen Sie einen Standort.</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::InterceptDialog</name>
    <message>
        <source>Ask the warehouse to intercept order %1</source>
        <translation>Lager bitten, Auftrag %1 abzufangen</translation>
    </message>
    <message>
        <source>The warehouse released this order before the cancellation reached it, and Deposco takes no hold or note once an order is released: ask the warehouse team yourself, by phone or mail, to pull it before the carrier collects it. Lockstep keeps your request and follows the order: the exception resolves when the warehouse cancels it, and goes to customer service for a return if the carrier collects it.</source>
        <translation>Das Lager hat diesen Auftrag freigegeben, bevor die Stornierung ankam, und Deposco nimmt nach der Freigabe weder Sperre noch Notiz an: Bitten Sie das Lagerteam selbst, telefonisch oder per Mail, den Auftrag herauszuziehen, bevor der Versanddienstleister ihn abholt. Lockstep hält Ihre Bitte fest und verfolgt den Auftrag: Die Ausnahme erledigt sich, wenn das Lager ihn storniert, und geht für eine Retoure an den Kundenservice, wenn der Versanddienstleister ihn abholt.</translation>
    </message>
    <message>
        <source>Message for the warehouse</source>
        <translation>Nachricht an das Lager</translation>
    </message>
    <message>
        <source>&amp;Copy message</source>
        <translation>Nachricht &amp;kopieren</translation>
    </message>
    <message>
        <source>Write an &amp;email…</source>
        <translation>&amp;E-Mail schreiben…</translation>
    </message>
    <message>
        <source>How you asked</source>
        <translation>Wie Sie gefragt haben</translation>
    </message>
    <message>
        <source>e.g. called the shift lead at %1 (required)</source>
        <translation>z. B. Schichtleitung angerufen (%1) (Pflicht)</translation>
    </message>
    <message>
        <source>the warehouse</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Keep the request</source>
        <translation>Bitte festhalten</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>&amp;How you asked:</source>
        <translation>&amp;Wie gefragt:</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Kopiert.</translation>
    </message>
    <message>
        <source>Please intercept order %1</source>
        <translation>Bitte Auftrag %1 abfangen</translation>
    </message>
    <message>
        <source>No mail program answered: copy the message instead.</source>
        <translation>Kein Mailprogramm hat geantwortet: Kopieren Sie die Nachricht stattdessen.</translation>
    </message>
    <message>
        <source>Please pull order %1 at %2 before the carrier collects it, and cancel it in Deposco.
The customer cancelled it in the storefront after the warehouse had released it.
%3
Lockstep exception %4.</source>
        <translation>Bitte Auftrag %1 (%2) herausziehen, bevor der Versanddienstleister ihn abholt, und in Deposco stornieren.
Der Kunde hat ihn im Shop storniert, nachdem das Lager ihn freigegeben hatte.
%3
Lockstep-Ausnahme %4.</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::KeyValueTable</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Eine Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation>Die ausgewählten Zeilen entfernen</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::LifecycleModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::LineAdjustDialog</name>
    <message>
        <source>Adjust a line of order %1</source>
        <translation>Eine Position von Bestellung %1 anpassen</translation>
    </message>
    <message>
        <source>Adjust and retry</source>
        <translation>Anpassen und wiederholen</translation>
    </message>
    <message>
        <source>About this order</source>
        <translation>Zu dieser Bestellung</translation>
    </message>
    <message>
        <source>Cannot read the waiting warehouse order: %1</source>
        <translation>Der wartende Lagerauftrag kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Order %1 has no warehouse order waiting to be sent, so there is no line to adjust. Fix what holds it (a SKU mapping, a facility) instead.</source>
        <translation>Bestellung %1 hat keinen Lagerauftrag, der auf das Übermitteln wartet, daher gibt es keine Position anzupassen. Beheben Sie stattdessen, was sie aufhält (eine SKU-Zuordnung, einen Standort).</translation>
    </message>
    <message>
        <source>Order %1 is already at the warehouse; change it there.</source>
        <translation>Bestellung %1 ist bereits im Lager; ändern Sie sie dort.</translation>
    </message>
    <message>
        <source>Change one line of the order waiting to be sent to %1; it is then sent again under the same idempotency key.</source>
        <translation>Ändern Sie eine Position des Auftrags, der auf das Übermitteln an %1 wartet; er wird dann unter demselben Idempotenzschlüssel erneut gesendet.</translation>
    </message>
    <message>
        <source>The waiting warehouse order cannot be read: %1</source>
        <translation>Der wartende Lagerauftrag kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>WMS SKU</source>
        <translation>WMS-SKU</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>New WMS SKU</source>
        <translation>Neue WMS-SKU</translation>
    </message>
    <message>
        <source>Leave empty to keep the item</source>
        <translation>Leer lassen, um den Artikel beizubehalten</translation>
    </message>
    <message>
        <source>New quantity</source>
        <translation>Neue Menge</translation>
    </message>
    <message>
        <source>WMS &amp;SKU:</source>
        <translation>WMS-&amp;SKU:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Menge:</translation>
    </message>
    <message>
        <source>Line %1: %2 × %3</source>
        <translation>Position %1: %2 × %3</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::MainWindow</name>
    <message>
        <source>Lockstep</source>
        <translation>Lockstep</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Engine: not running</source>
        <translation>Engine: läuft nicht</translation>
    </message>
    <message>
        <source>Every record of this kind that fell out of step, with its reason, the suggested action, and Retry, Edit and Acknowledge.</source>
        <translation>Jeder Datensatz dieser Art, der aus dem Tritt geraten ist, mit Grund, empfohlener Maßnahme sowie Wiederholen, Bearbeiten und Quittieren.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Lockstep</source>
        <translation>Ü&amp;ber Lockstep</translation>
    </message>
    <message>
        <source>About Lockstep</source>
        <translation>Über Lockstep</translation>
    </message>
    <message>
        <source>Lockstep %1
Keeps storefronts and the warehouse in lockstep, and shows people the records that fell out of step.</source>
        <translation>Lockstep %1
Hält Shops und Lager im Gleichschritt und zeigt den zuständigen Personen die Datensätze, die aus dem Tritt geraten sind.</translation>
    </message>
    <message>
        <source>Cannot read the database: %1</source>
        <translation>Die Datenbank kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation>Engine: %1</translation>
    </message>
    <message>
        <source>Engine activity</source>
        <translation>Engine-Aktivität</translation>
    </message>
    <message>
        <source>Lockstep — demo (sandbox)</source>
        <translation>Lockstep — Demo (Sandbox)</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>&amp;Log-Ordner öffnen</translation>
    </message>
    <message>
        <source>The log folder %1 could not be opened.</source>
        <translation>Der Log-Ordner %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Engine jobs</source>
        <translation>Aufgaben der Engine</translation>
    </message>
    <message>
        <source>Orders from %1</source>
        <translation>Bestellungen aus %1</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Warehouse news</source>
        <translation>Neues aus dem Lager</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Last job: %1 at %2</source>
        <translation>Letzte Aufgabe: %1 um %2</translation>
    </message>
    <message>
        <source>%1: last ran at %2</source>
        <translation>%1: zuletzt um %2</translation>
    </message>
    <message>
        <source>runs in another program (%1); this console shows its work</source>
        <translation>läuft in einem anderen Programm (%1); diese Konsole zeigt seine Arbeit</translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation>Ungespeicherte Einstellungen</translation>
    </message>
    <message>
        <source>The settings have changes that are not saved. Save them before quitting?</source>
        <translation>Die Einstellungen enthalten ungespeicherte Änderungen. Vor dem Beenden speichern?</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>The database server does not answer: %1</source>
        <translation>Der Datenbankserver antwortet nicht: %1</translation>
    </message>
    <message>
        <source>The database server answers again; everything is read again.</source>
        <translation>Der Datenbankserver antwortet wieder; alles wird neu gelesen.</translation>
    </message>
    <message>
        <source>Database: %1 not answering since %2</source>
        <translation>Datenbank: %1 antwortet nicht seit %2</translation>
    </message>
    <message>
        <source>Engine: none runs on this store (actions work; sends wait for an engine)</source>
        <translation>Engine: keine läuft für diesen Datenbestand (Aktionen funktionieren; Sendungen warten auf eine Engine)</translation>
    </message>
    <message>
        <source>Engine: %1 on %2, since %3</source>
        <translation>Engine: %1 auf %2, seit %3</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::Navigation</name>
    <message>
        <source>Failed allocations</source>
        <translation>Fehlgeschlagene Reservierungen</translation>
    </message>
    <message>
        <source>SKU mismatches</source>
        <translation>SKU-Abweichungen</translation>
    </message>
    <message>
        <source>Stuck pending orders</source>
        <translation>Hängende offene Bestellungen</translation>
    </message>
    <message>
        <source>Cancellations past cutoff</source>
        <translation>Stornierungen nach Cut-off</translation>
    </message>
    <message>
        <source>Shipment confirmations missing</source>
        <translation>Fehlende Versandbestätigungen</translation>
    </message>
    <message>
        <source>Order totals mismatches</source>
        <translation>Abweichende Bestellsummen</translation>
    </message>
    <message>
        <source>Inventory drift</source>
        <translation>Bestandsabweichungen</translation>
    </message>
    <message>
        <source>Unmapped checkout fields</source>
        <translation>Nicht zugeordnete Checkout-Felder</translation>
    </message>
    <message>
        <source>Facility routing failures</source>
        <translation>Fehler bei der Standortzuweisung</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <source>Other exceptions</source>
        <translation>Weitere Klärfälle</translation>
    </message>
    <message>
        <source>Order lookup</source>
        <translation>Bestellsuche</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n open</source>
        <translation>
            <numerusform>%1, %n offen</numerusform>
            <numerusform>%1, %n offen</numerusform>
        </translation>
    </message>
    <message>
        <source>Till returns not at the warehouse</source>
        <translation>Kassenretouren nicht im Lager</translation>
    </message>
    <message>
        <source>Store sales not at the warehouse</source>
        <translation>Filialverkäufe nicht im Lager</translation>
    </message>
    <message>
        <source>Stock moved twice (sync loop)</source>
        <translation>Doppelt gebuchter Bestand</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::OrderLookupPage</name>
    <message>
        <source>Order lookup</source>
        <translation>Bestellsuche</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>Bestellungen suchen</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Matching orders</source>
        <translation>Passende Bestellungen</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Aufgegeben</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>&amp;Copy as text</source>
        <translation>Als Text &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy a plain summary for a reply to the customer (Ctrl+Shift+C)</source>
        <translation>Eine einfache Zusammenfassung für die Antwort an den Kunden kopieren (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Order timeline</source>
        <translation>Verlauf der Bestellung</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Klärfälle</translation>
    </message>
    <message>
        <source>Exceptions about this order</source>
        <translation>Klärfälle zu dieser Bestellung</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Redo the failed step now</source>
        <translation>Den fehlgeschlagenen Schritt jetzt wiederholen</translation>
    </message>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation>&amp;Quittieren…</translation>
    </message>
    <message>
        <source>Take this exception, with a note</source>
        <translation>Diesen Klärfall mit einer Notiz quittieren</translation>
    </message>
    <message>
        <source>No exceptions: nothing about this order needs a person.</source>
        <translation>Keine Klärfälle: Bei dieser Bestellung muss niemand eingreifen.</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>More than %n orders match; showing the newest. Search by order number to narrow it.</source>
        <translation>
            <numerusform>Mehr als %n Bestellung passt; die neuesten werden angezeigt. Suchen Sie nach der Bestellnummer, um einzugrenzen.</numerusform>
            <numerusform>Mehr als %n Bestellungen passen; die neuesten werden angezeigt. Suchen Sie nach der Bestellnummer, um einzugrenzen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orders match; choose one.</source>
        <translation>
            <numerusform>%n Bestellung passt; wählen Sie sie aus.</numerusform>
            <numerusform>%n Bestellungen passen; wählen Sie eine aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>The order is no longer in the database.</source>
        <translation>Die Bestellung ist nicht mehr in der Datenbank.</translation>
    </message>
    <message>
        <source>Cannot read the order: %1</source>
        <translation>Die Bestellung kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the order&apos;s history: %1</source>
        <translation>Der Verlauf der Bestellung kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Order %1 in %2</source>
        <translation>Bestellung %1 in %2</translation>
    </message>
    <message>
        <source>placed %1</source>
        <translation>aufgegeben am %1</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>warehouse order at %1 since %2</source>
        <translation>Lagerauftrag in %1 seit %2</translation>
    </message>
    <message>
        <source>%1 × %2 (%3)</source>
        <translation>%1 × %2 (%3)</translation>
    </message>
    <message>
        <source>No items</source>
        <translation>Keine Artikel</translation>
    </message>
    <message>
        <source>Timeline: no events recorded yet</source>
        <translation>Verlauf: noch keine Ereignisse erfasst</translation>
    </message>
    <message numerus="yes">
        <source>Timeline (%n)</source>
        <translation>
            <numerusform>Verlauf (%n)</numerusform>
            <numerusform>Verlauf (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exceptions (%n)</source>
        <translation>
            <numerusform>Klärfälle (%n)</numerusform>
            <numerusform>Klärfälle (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied a summary of order %1 to the clipboard.</source>
        <translation>Zusammenfassung der Bestellung %1 in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Order number (#1072), customer name or email (or how it starts), storefront id or tracking number</source>
        <translation>Bestellnummer (#1072), Name oder E-Mail des Kunden (oder ihr Anfang), Shop-ID oder Sendungsnummer</translation>
    </message>
    <message>
        <source>Type an order number, the customer&apos;s name or email (the first letters are enough), a storefront order id or a tracking number, then press Enter.</source>
        <translation>Geben Sie eine Bestellnummer, den Namen oder die E-Mail des Kunden (die ersten Buchstaben genügen), eine Shop-Bestell-ID oder eine Sendungsnummer ein und drücken Sie die Eingabetaste.</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Type an order number, the customer&apos;s name or email, a storefront order id or a tracking number.</source>
        <translation>Geben Sie eine Bestellnummer, den Namen oder die E-Mail des Kunden, eine Shop-Bestell-ID oder eine Sendungsnummer ein.</translation>
    </message>
    <message>
        <source>No order matches “%1”. Try the order number, the start of the customer&apos;s name or email, or a tracking number.</source>
        <translation>Keine Bestellung passt zu „%1“. Versuchen Sie die Bestellnummer, den Anfang von Name oder E-Mail des Kunden oder eine Sendungsnummer.</translation>
    </message>
    <message>
        <source>Track %1 %2</source>
        <translation>Sendung verfolgen: %1 %2</translation>
    </message>
    <message>
        <source>Open in %1</source>
        <translation>In %1 öffnen</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Jetzt fällig</translation>
    </message>
    <message>
        <source>Ask to &amp;intercept…</source>
        <translation>Abfangen &amp;erbitten…</translation>
    </message>
    <message>
        <source>Ask the warehouse to pull the order before the carrier collects it</source>
        <translation>Das Lager bitten, den Auftrag vor der Abholung herauszuziehen</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft …</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::QueueActions</name>
    <message>
        <source>SKU %1</source>
        <translation>SKU %1</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message numerus="yes">
        <source>Retry %n exception(s) now?</source>
        <translation>
            <numerusform>%n Klärfall jetzt wiederholen?</numerusform>
            <numerusform>%n Klärfälle jetzt wiederholen?</numerusform>
        </translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation>…und %1 weitere.</translation>
    </message>
    <message>
        <source>The warehouse is asked first whether it already has each order; nothing is sent twice.</source>
        <translation>Das Lager wird zuerst gefragt, ob es jede Bestellung schon hat; nichts wird doppelt gesendet.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Quittieren</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Release claim</source>
        <translation>Übernahme aufheben</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>The engine is not running: %1 was not sent.</source>
        <translation>Die Engine läuft nicht: %1 wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>%1: everything matching the filter…</source>
        <translation>%1: alles, was zum Filter passt…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n exception(s)…</source>
        <translation>
            <numerusform>%1: %n Klärfall…</numerusform>
            <numerusform>%1: %n Klärfälle…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sent to the engine…</source>
        <translation>%1 an die Engine gesendet…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 done, %3 refused.</source>
        <translation>%1: %2 erledigt, %3 abgelehnt.</translation>
    </message>
    <message>
        <source>%1 did not run: %2</source>
        <translation>%1 wurde nicht ausgeführt: %2</translation>
    </message>
    <message>
        <source>Everything matching the filter: %1.</source>
        <translation>Alles, was dem Filter entspricht: %1.</translation>
    </message>
    <message>
        <source>%1 is not part of the work of the role &quot;%2&quot;; nothing was sent.</source>
        <translation>%1 gehört nicht zur Arbeit der Rolle „%2“; nichts wurde gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>Send %n order(s) to the facility you chose?</source>
        <translation>
            <numerusform>%n Bestellung an den gewählten Standort senden?</numerusform>
            <numerusform>%n Bestellungen an den gewählten Standort senden?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Claim %n exception(s)?</source>
        <translation>
            <numerusform>%n Klärfall übernehmen?</numerusform>
            <numerusform>%n Klärfälle übernehmen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Release the claim on %n exception(s)?</source>
        <translation>
            <numerusform>Übernahme von %n Klärfall aufheben?</numerusform>
            <numerusform>Übernahme von %n Klärfällen aufheben?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reopen %n exception(s)?</source>
        <translation>
            <numerusform>%n Klärfall wieder öffnen?</numerusform>
            <numerusform>%n Klärfälle wieder öffnen?</numerusform>
        </translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message numerus="yes">
        <source>Acknowledging does not send %n order(s) to the warehouse (%1): each stays paid and unsent in Lockstep, and reappears as a stuck pending order when its time is up. Acknowledge only if the order is handled outside Lockstep (entered in the WMS by hand, cancelled with the customer). To ship it, map the SKU or send the order without that line (Edit).</source>
        <translation>
            <numerusform>Bestätigen sendet %n Bestellung nicht an das Lager (%1): Sie bleibt bezahlt und ungesendet in Lockstep und erscheint nach Ablauf ihrer Frist als hängende Bestellung wieder. Bestätigen Sie nur, wenn die Bestellung außerhalb von Lockstep erledigt wird (von Hand im WMS erfasst, mit dem Kunden storniert). Um sie zu versenden, ordnen Sie die SKU zu oder senden Sie die Bestellung ohne diese Position (Bearbeiten).</numerusform>
            <numerusform>Bestätigen sendet %n Bestellungen nicht an das Lager (%1): Jede bleibt bezahlt und ungesendet in Lockstep und erscheint nach Ablauf ihrer Frist als hängende Bestellung wieder. Bestätigen Sie nur, wenn die Bestellung außerhalb von Lockstep erledigt wird (von Hand im WMS erfasst, mit dem Kunden storniert). Um sie zu versenden, ordnen Sie die SKU zu oder senden Sie die Bestellung ohne diese Position (Bearbeiten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Ask to intercept</source>
        <translation>Abfangen erbitten</translation>
    </message>
    <message>
        <source>Cannot read what the edit shows: %1</source>
        <translation>Was die Bearbeitung zeigt, kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::QueueDetailPanel</name>
    <message>
        <source>Exception details</source>
        <translation>Details zum Klärfall</translation>
    </message>
    <message>
        <source>Select an exception to see its reason, facts, payload and history.</source>
        <translation>Wählen Sie einen Klärfall, um Grund, Fakten, Nutzdaten und Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Klärfall</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation>Empfohlene Maßnahme</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>SLA due</source>
        <translation>SLA fällig</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Cutoff</source>
        <translation>Cut-off</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>Übernommen von</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>Empfohlen: %1</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1 (vor %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot read the history: %1</source>
        <translation>Der Verlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No actions yet</source>
        <translation>Noch keine Aktionen</translation>
    </message>
    <message>
        <source>Now at both systems</source>
        <translation>Jetzt in beiden Systemen</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Add a comment for the people working on this</source>
        <translation>Kommentar für alle, die daran arbeiten</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Neuer Kommentar</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Kommentieren</translation>
    </message>
    <message>
        <source>Add the comment to this exception&apos;s thread (Enter)</source>
        <translation>Den Kommentar zum Verlauf dieser Ausnahme hinzufügen (Eingabe)</translation>
    </message>
    <message>
        <source>Not part of the work of the role &quot;%1&quot; (change the role in Settings).</source>
        <translation>Gehört nicht zur Arbeit der Rolle „%1“ (die Rolle lässt sich in den Einstellungen ändern).</translation>
    </message>
    <message>
        <source>Cannot read the comments: %1</source>
        <translation>Die Kommentare lassen sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>Comments (%1)</source>
        <translation>Kommentare (%1)</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::QueueFilterBar</name>
    <message>
        <source>Any age</source>
        <translation>Beliebiges Alter</translation>
    </message>
    <message>
        <source>Older than 1 h</source>
        <translation>Älter als 1 Std.</translation>
    </message>
    <message>
        <source>Older than 4 h</source>
        <translation>Älter als 4 Std.</translation>
    </message>
    <message>
        <source>Older than 1 day</source>
        <translation>Älter als 1 Tag</translation>
    </message>
    <message>
        <source>Older than 1 week</source>
        <translation>Älter als 1 Woche</translation>
    </message>
    <message>
        <source>Search order, SKU, facility or reason</source>
        <translation>Bestellung, SKU, Standort oder Grund suchen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>All facilities</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <source>Owner team</source>
        <translation>Zuständiges Team</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Alle Teams</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Only the exceptions of one cause, with how many each has</source>
        <translation>Nur die Ausnahmen einer Ursache, mit der Anzahl je Ursache</translation>
    </message>
    <message>
        <source>All causes</source>
        <translation>Alle Ursachen</translation>
    </message>
    <message>
        <source>Whose exceptions</source>
        <translation>Wessen Ausnahmen</translation>
    </message>
    <message>
        <source>Only the exceptions assigned to you</source>
        <translation>Nur die Ihnen zugewiesenen Ausnahmen</translation>
    </message>
    <message>
        <source>Only the exceptions assigned to nobody</source>
        <translation>Nur die niemandem zugewiesenen Ausnahmen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::QueuePage</name>
    <message>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Ansicht speichern…</translation>
    </message>
    <message>
        <source>Save the current filter as a view</source>
        <translation>Den aktuellen Filter als Ansicht speichern</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Ansicht löschen</translation>
    </message>
    <message>
        <source>Delete the selected view</source>
        <translation>Die ausgewählte Ansicht löschen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>%1 table</source>
        <translation>Tabelle %1</translation>
    </message>
    <message>
        <source>Queue status</source>
        <translation>Status der Warteschlange</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Redo the failed step now</source>
        <translation>Den fehlgeschlagenen Schritt jetzt wiederholen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Correct the record, then retry</source>
        <translation>Den Datensatz korrigieren, dann wiederholen</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>Quittieren…</translation>
    </message>
    <message>
        <source>Take it out of the open queue, with a note</source>
        <translation>Mit einer Notiz aus der offenen Warteschlange nehmen</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Zuweisen…</translation>
    </message>
    <message>
        <source>Give it to a person or team</source>
        <translation>Einer Person oder einem Team zuweisen</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Take it yourself so nobody else works on it</source>
        <translation>Selbst übernehmen, damit niemand sonst daran arbeitet</translation>
    </message>
    <message>
        <source>Open order</source>
        <translation>Bestellung öffnen</translation>
    </message>
    <message>
        <source>Show the order&apos;s lifecycle</source>
        <translation>Den Lebenszyklus der Bestellung anzeigen</translation>
    </message>
    <message>
        <source>%1 shown, counting… · %2</source>
        <translation>%1 angezeigt, wird gezählt… · %2</translation>
    </message>
    <message>
        <source>%1 of %2 shown · %3</source>
        <translation>%1 von %2 angezeigt · %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n selected</source>
        <translation>
            <numerusform>%1 · %n ausgewählt</numerusform>
            <numerusform>%1 · %n ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing open here. Every record of this kind is in step.</source>
        <translation>Hier ist nichts offen. Jeder Datensatz dieser Art ist im Gleichschritt.</translation>
    </message>
    <message>
        <source>Nothing acknowledged in this queue.</source>
        <translation>Nichts quittiert in dieser Warteschlange.</translation>
    </message>
    <message>
        <source>Nothing resolved in this queue yet.</source>
        <translation>In dieser Warteschlange ist noch nichts gelöst.</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>Name for this filter:</source>
        <translation>Name für diesen Filter:</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Letzte Aktion</translation>
    </message>
    <message>
        <source>Release claim</source>
        <translation>Übernahme aufheben</translation>
    </message>
    <message>
        <source>Let others work on it again</source>
        <translation>Andere wieder daran arbeiten lassen</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Put it back in the open queue</source>
        <translation>Zurück in die offene Warteschlange stellen</translation>
    </message>
    <message>
        <source>Whole filter</source>
        <translation>Ganzer Filter</translation>
    </message>
    <message>
        <source>Act on everything matching the filter, not only the selected rows (%1)</source>
        <translation>Auf alles anwenden, was zum Filter passt, nicht nur auf die ausgewählten Zeilen (%1)</translation>
    </message>
    <message>
        <source>Not part of the work of the role &quot;%1&quot; (change the role in Settings).</source>
        <translation>Gehört nicht zur Arbeit der Rolle „%1“ (die Rolle lässt sich in den Einstellungen ändern).</translation>
    </message>
    <message>
        <source>Nothing matches these filters. Clear the search or choose another facility, owner, age, cause or view.</source>
        <translation>Nichts passt zu diesen Filtern. Leeren Sie die Suche oder wählen Sie einen anderen Standort, ein anderes Team, Alter, eine andere Ursache oder Ansicht.</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Save or delete a view</source>
        <translation>Ansicht speichern oder löschen</translation>
    </message>
    <message>
        <source>Ask to intercept…</source>
        <translation>Abfangen erbitten…</translation>
    </message>
    <message>
        <source>Ask the warehouse to pull the order before the carrier collects it</source>
        <translation>Das Lager bitten, den Auftrag vor der Abholung herauszuziehen</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::QueueTableModel</name>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Cutoff</source>
        <translation>Cut-off</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>Übernommen von</translation>
    </message>
    <message>
        <source>Cannot read the queue: %1</source>
        <translation>Die Warteschlange kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>First seen %1</source>
        <translation>Zuerst gesehen %1</translation>
    </message>
    <message>
        <source>%1 (not sortable)</source>
        <translation>%1 (nicht sortierbar)</translation>
    </message>
    <message>
        <source>Cannot count the queue: %1</source>
        <translation>Die Warteschlange kann nicht gezählt werden: %1</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::ReportsPage</name>
    <message>
        <source>Discrepancies</source>
        <translation>Abweichungen</translation>
    </message>
    <message>
        <source>Daily reconciliation</source>
        <translation>Täglicher Abgleich</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Klärfälle</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Totals differ (tax, shipping, discount)</source>
        <translation>Summen weichen ab (Steuer, Versand, Rabatt)</translation>
    </message>
    <message>
        <source>Shipped, storefront never told</source>
        <translation>Versandt, Shop nie informiert</translation>
    </message>
    <message>
        <source>Cancelled in the storefront but shipped</source>
        <translation>Im Shop storniert, aber versandt</translation>
    </message>
    <message>
        <source>Refunded without a return</source>
        <translation>Erstattet ohne Rücksendung</translation>
    </message>
    <message>
        <source>Stock drift</source>
        <translation>Bestandsabweichung</translation>
    </message>
    <message>
        <source>The preview could not be read: %1</source>
        <translation>Die Vorschau konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Actor, action or record contains…</source>
        <translation>Akteur, Aktion oder Datensatz enthält…</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Bericht:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>(UTC days, both included)</source>
        <translation>(UTC-Tage, beide einschließlich)</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Tage:</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <source>Contains:</source>
        <translation>Enthält:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Spalten:</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;Excel…</source>
        <translation>&amp;Excel exportieren…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <source>Open its folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Daily reconciliation: orders sold, shipped, cancelled or refunded</source>
        <translation>Täglicher Abgleich: verkaufte, versandte, stornierte oder erstattete Bestellungen</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Jede Art</translation>
    </message>
    <message>
        <source>Every web storefront</source>
        <translation>Jeder Webshop</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Every entry</source>
        <translation>Jeder Eintrag</translation>
    </message>
    <message>
        <source>The first day is after the last.</source>
        <translation>Der erste Tag liegt nach dem letzten.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Reading the orders behind %1…</source>
        <translation>Die Bestellungen zum %1 werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) behind %1 %2 (%3); Preview shows the days again.</source>
        <translation>
            <numerusform>%n Bestellung zu %1 %2 (%3); Vorschau zeigt wieder die Tage.</numerusform>
            <numerusform>%n Bestellungen zu %1 %2 (%3); Vorschau zeigt wieder die Tage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s); the export holds them all.</source>
        <translation>
            <numerusform>Angezeigt: %n Zeile; der Export enthält alle.</numerusform>
            <numerusform>Angezeigt: die ersten %n Zeilen; der Export enthält alle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in this range.</source>
        <translation>Nichts in diesem Zeitraum.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n Zeile.</numerusform>
            <numerusform>%n Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <source>Cancelled or refunded</source>
        <translation>Storniert oder erstattet</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Den Bericht exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message numerus="yes">
        <source>Exporting: %n row(s) written…</source>
        <translation>
            <numerusform>Export: %n Zeile geschrieben…</numerusform>
            <numerusform>Export: %n Zeilen geschrieben…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert.</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>The export failed and no file was written: %1</source>
        <translation>Der Export ist fehlgeschlagen, es wurde keine Datei geschrieben: %1</translation>
    </message>
    <message>
        <source>sold</source>
        <translation>verkauft</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>versandt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>erstattet</translation>
    </message>
    <message>
        <source>not yet shipped, cancelled or refunded</source>
        <translation>noch nicht versandt, storniert oder erstattet</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Cancelled (orders)</source>
        <translation>Storniert (Bestellungen)</translation>
    </message>
    <message>
        <source>Cancelled (value)</source>
        <translation>Storniert (Wert)</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Paketdienst</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>Übernommen von</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Not yet closed (orders)</source>
        <translation>Noch offen (Bestellungen)</translation>
    </message>
    <message>
        <source>Not yet closed (value)</source>
        <translation>Noch offen (Wert)</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Explained by</source>
        <translation>Erklärt durch</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Aufgegeben</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Refunded (orders)</source>
        <translation>Erstattet (Bestellungen)</translation>
    </message>
    <message>
        <source>Refunded (value)</source>
        <translation>Erstattet (Wert)</translation>
    </message>
    <message>
        <source>Sold (orders)</source>
        <translation>Verkauft (Bestellungen)</translation>
    </message>
    <message>
        <source>Sold (value)</source>
        <translation>Verkauft (Wert)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Sendung</translation>
    </message>
    <message>
        <source>Shipped (orders)</source>
        <translation>Versandt (Bestellungen)</translation>
    </message>
    <message>
        <source>Shipped (value)</source>
        <translation>Versandt (Wert)</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Versandkosten</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>SLA due</source>
        <translation>SLA fällig</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Storefront</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Storefront order id</source>
        <translation>Shop-Bestell-ID</translation>
    </message>
    <message>
        <source>Storefront status</source>
        <translation>Shop-Status</translation>
    </message>
    <message>
        <source>Storefront total</source>
        <translation>Shop-Summe</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Datensatz-ID</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Datensatztyp</translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation>Empfohlene Maßnahme</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Units difference</source>
        <translation>Stückdifferenz</translation>
    </message>
    <message>
        <source>Units expected</source>
        <translation>Erwartete Stück</translation>
    </message>
    <message>
        <source>Units seen</source>
        <translation>Gesehene Stück</translation>
    </message>
    <message>
        <source>Warehouse status</source>
        <translation>Lagerstatus</translation>
    </message>
    <message>
        <source>Warehouse total</source>
        <translation>Lagersumme</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) behind %1 %2 (%3); the first %4 shown, the export holds them all. Preview shows the days again.</source>
        <translation>
            <numerusform>%n Bestellung zu %1 %2 (%3); die ersten %4 werden gezeigt, der Export enthält alle. Vorschau zeigt wieder die Tage.</numerusform>
            <numerusform>%n Bestellungen zu %1 %2 (%3); die ersten %4 werden gezeigt, der Export enthält alle. Vorschau zeigt wieder die Tage.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lockstep::ui::RoleDialog</name>
    <message>
        <source>Opens on the exception queues, with every action.</source>
        <translation>Öffnet mit den Klärfall-Warteschlangen und allen Aktionen.</translation>
    </message>
    <message>
        <source>Opens on Order lookup, to answer a customer about one order.</source>
        <translation>Öffnet mit der Bestellsuche, um einem Kunden zu einer Bestellung Auskunft zu geben.</translation>
    </message>
    <message>
        <source>Opens on Reports; nothing is resent to the warehouse from this desktop.</source>
        <translation>Öffnet mit den Berichten; von diesem Arbeitsplatz wird nichts erneut an das Lager gesendet.</translation>
    </message>
    <message>
        <source>Welcome to Lockstep</source>
        <translation>Willkommen bei Lockstep</translation>
    </message>
    <message>
        <source>Choose your role</source>
        <translation>Wählen Sie Ihre Rolle</translation>
    </message>
    <message>
        <source>Who works at this desktop? This sets the page Lockstep opens on and the actions in view. You can change it any time in Settings.</source>
        <translation>Wer arbeitet an diesem Arbeitsplatz? Davon hängen die Seite ab, mit der Lockstep öffnet, und die angezeigten Aktionen. Sie können das jederzeit in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>&amp;Später entscheiden</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Später entscheiden</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::Roles</name>
    <message>
        <source>Warehouse supervisor</source>
        <translation>Lagerleitung</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>Kundenservice</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finanzen</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::SecretField</name>
    <message>
        <source>Replace…</source>
        <translation>Ersetzen…</translation>
    </message>
    <message>
        <source>Replace %1</source>
        <translation>%1 ersetzen</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <source>Type or paste the new value</source>
        <translation>Den neuen Wert eingeben oder einfügen</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Store %1</source>
        <translation>%1 speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::SelfTestPanel</name>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Cause and detail</source>
        <translation>Ursache und Details</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Run checks</source>
        <translation>Prüfungen ausführen</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Checks the database, the configuration, the keychain and every configured system.</source>
        <translation>Prüft die Datenbank, die Konfiguration, den Schlüsselbund und jedes konfigurierte System.</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>Alle Prüfungen bestanden.</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed.</source>
        <translation>
            <numerusform>%n Prüfung fehlgeschlagen.</numerusform>
            <numerusform>%n Prüfungen fehlgeschlagen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lockstep::ui::SettingsPage</name>
    <message>
        <source>The configuration %1 cannot be edited here: %2</source>
        <translation>Die Konfiguration %1 kann hier nicht bearbeitet werden: %2</translation>
    </message>
    <message>
        <source>Open a configuration</source>
        <translation>Eine Konfiguration öffnen</translation>
    </message>
    <message>
        <source>Lockstep configuration (*.json);;All files (*)</source>
        <translation>Lockstep-Konfiguration (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Bereiche der Einstellungen</translation>
    </message>
    <message>
        <source>Open configuration…</source>
        <translation>Konfiguration öffnen…</translation>
    </message>
    <message>
        <source>Open a configuration file</source>
        <translation>Eine Konfigurationsdatei öffnen</translation>
    </message>
    <message>
        <source>No configuration file is open: the console was started without --config, so the engine is not running. Open a configuration file to edit it; Lockstep runs with it when started as &quot;lockstep --config FILE&quot;.</source>
        <translation>Keine Konfigurationsdatei geöffnet: Die Konsole wurde ohne --config gestartet, daher läuft die Engine nicht. Öffnen Sie eine Konfigurationsdatei, um sie zu bearbeiten; Lockstep verwendet sie, wenn es als „lockstep --config FILE“ gestartet wird.</translation>
    </message>
    <message>
        <source>Demo mode: these are the sandbox&apos;s settings for this session, read-only. The demo makes them afresh at every start, so there is nothing to save; start Lockstep with --config FILE to edit a real configuration. Language and role below apply at once.</source>
        <translation>Demo-Modus: Dies sind die Einstellungen der Sandbox für diese Sitzung, schreibgeschützt. Die Demo legt sie bei jedem Start neu an, daher gibt es nichts zu speichern; starten Sie Lockstep mit --config FILE, um eine echte Konfiguration zu bearbeiten. Sprache und Rolle unten gelten sofort.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>Zeitpläne</translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation>Zuordnungen</translation>
    </message>
    <message>
        <source>Safety buffers</source>
        <translation>Sicherheitspuffer</translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation>Servicelevel</translation>
    </message>
    <message>
        <source>Owner teams</source>
        <translation>Zuständige Teams</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Self-test</source>
        <translation>Selbsttest</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>The role sets the page Lockstep opens on and the actions in view. It applies at once.</source>
        <translation>Die Rolle bestimmt die Seite, mit der Lockstep öffnet, und die angezeigten Aktionen. Sie gilt sofort.</translation>
    </message>
    <message>
        <source>How often each job of the engine runs.</source>
        <translation>Wie oft jeder Job der Engine läuft.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Read new orders every</source>
        <translation>Neue Bestellungen lesen alle</translation>
    </message>
    <message>
        <source>Pull stock levels every</source>
        <translation>Bestände abrufen alle</translation>
    </message>
    <message>
        <source>Read shipments every</source>
        <translation>Sendungen lesen alle</translation>
    </message>
    <message>
        <source>Check for exceptions every</source>
        <translation>Auf Klärfälle prüfen alle</translation>
    </message>
    <message>
        <source>First sync reads back</source>
        <translation>Erste Synchronisierung reicht zurück</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>First sync reads in parallel</source>
        <translation>Erste Synchronisierung: parallele Abrufe</translation>
    </message>
    <message>
        <source>Which facility ships each storefront channel, and where custom checkout fields go in the warehouse order. SKUs that differ between storefront and warehouse are mapped from the SKU mismatches queue (Edit…).</source>
        <translation>Welcher Standort jeden Vertriebskanal eines Shops beliefert und wohin eigene Checkout-Felder im Lagerauftrag gehen. SKUs, die sich zwischen Shop und Lager unterscheiden, werden über die Warteschlange der SKU-Abweichungen zugeordnet (Bearbeiten…).</translation>
    </message>
    <message>
        <source>Default facility</source>
        <translation>Standard-Standort</translation>
    </message>
    <message>
        <source>e.g. DAL-1</source>
        <translation>z. B. DAL-1</translation>
    </message>
    <message>
        <source>Facility by channel</source>
        <translation>Standort je Kanal</translation>
    </message>
    <message>
        <source>Channel or location</source>
        <translation>Kanal oder Ort</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Custom checkout fields</source>
        <translation>Eigene Checkout-Felder</translation>
    </message>
    <message>
        <source>Storefront field</source>
        <translation>Shop-Feld</translation>
    </message>
    <message>
        <source>Warehouse field</source>
        <translation>Lager-Feld</translation>
    </message>
    <message>
        <source>Units held back from what the storefront may sell, so the last items are not sold twice.</source>
        <translation>Einheiten, die vom verkaufbaren Bestand des Shops zurückgehalten werden, damit die letzten Artikel nicht doppelt verkauft werden.</translation>
    </message>
    <message>
        <source>Every SKU</source>
        <translation>Jede SKU</translation>
    </message>
    <message>
        <source> units</source>
        <translation> Einheiten</translation>
    </message>
    <message>
        <source>Per SKU</source>
        <translation>Je SKU</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>How long a record may wait before it becomes an exception for a person.</source>
        <translation>Wie lange ein Datensatz warten darf, bevor er zu einem Klärfall für eine Person wird.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Warehouse acknowledges a paid order within</source>
        <translation>Lager bestätigt eine bezahlte Bestellung innerhalb von</translation>
    </message>
    <message>
        <source>Storefront hears of a shipment within</source>
        <translation>Shop erfährt von einer Sendung innerhalb von</translation>
    </message>
    <message>
        <source>Payment may stay pending for</source>
        <translation>Zahlung darf ausstehen bis zu</translation>
    </message>
    <message>
        <source>The team that owns each kind of exception.</source>
        <translation>Das Team, das für jede Art von Klärfall zuständig ist.</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Standard (%1)</translation>
    </message>
    <message>
        <source>The self-test needs a database and a configuration: start Lockstep with --config FILE or --demo.</source>
        <translation>Der Selbsttest braucht eine Datenbank und eine Konfiguration: Starten Sie Lockstep mit --config FILE oder --demo.</translation>
    </message>
    <message>
        <source>Connections, schedules, mappings, safety buffers, service levels and owner teams live in the configuration file. Use &quot;Open configuration…&quot; above to edit one.</source>
        <translation>Verbindungen, Zeitpläne, Zuordnungen, Sicherheitspuffer, Servicelevel und zuständige Teams stehen in der Konfigurationsdatei. Verwenden Sie oben „Konfiguration öffnen…“, um eine zu bearbeiten.</translation>
    </message>
    <message>
        <source>New value entered: it goes to the keychain when you save</source>
        <translation>Neuer Wert eingegeben: Er kommt beim Speichern in den Schlüsselbund</translation>
    </message>
    <message>
        <source>Not stored</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Sandbox value, for the demo only</source>
        <translation>Sandbox-Wert, nur für die Demo</translation>
    </message>
    <message>
        <source>Written in the file (accepted only for a sandbox on this computer)</source>
        <translation>In der Datei eingetragen (nur für eine Sandbox auf diesem Computer zulässig)</translation>
    </message>
    <message>
        <source>From the environment variable %1</source>
        <translation>Aus der Umgebungsvariable %1</translation>
    </message>
    <message>
        <source>Keychain entry %1 (no keychain here to check it)</source>
        <translation>Schlüsselbundeintrag %1 (kein Schlüsselbund hier, um ihn zu prüfen)</translation>
    </message>
    <message>
        <source>Keychain entry %1</source>
        <translation>Schlüsselbundeintrag %1</translation>
    </message>
    <message>
        <source>Stored in the keychain (%1)</source>
        <translation>Im Schlüsselbund gespeichert (%1)</translation>
    </message>
    <message>
        <source>Not stored: the keychain has no entry %1</source>
        <translation>Nicht gespeichert: Der Schlüsselbund hat keinen Eintrag %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n problem(s) to fix first.</source>
        <translation>
            <numerusform>Nicht gespeichert: zuerst %n Problem beheben.</numerusform>
            <numerusform>Nicht gespeichert: zuerst %n Probleme beheben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: there is no keychain on this computer to keep the secrets you typed.</source>
        <translation>Nicht gespeichert: Auf diesem Computer gibt es keinen Schlüsselbund für die eingegebenen Geheimnisse.</translation>
    </message>
    <message>
        <source>Not saved: the keychain did not take %1: %2</source>
        <translation>Nicht gespeichert: Der Schlüsselbund hat %1 nicht angenommen: %2</translation>
    </message>
    <message>
        <source>Not saved: %1 could not be written: %2</source>
        <translation>Nicht gespeichert: %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved %1 at %2. The engine uses it from its next start.</source>
        <translation>%1 um %2 gespeichert. Die Engine verwendet die Datei ab ihrem nächsten Start.</translation>
    </message>
    <message>
        <source>Keychain entry %1: checking…</source>
        <translation>Schlüsselbundeintrag %1: wird geprüft…</translation>
    </message>
    <message>
        <source>Keychain entry %1: the keychain did not say whether it is stored: %2</source>
        <translation>Schlüsselbundeintrag %1: Der Schlüsselbund hat nicht gesagt, ob er gespeichert ist: %2</translation>
    </message>
    <message>
        <source>Saving: storing %1 in the keychain (%2 of %3)…</source>
        <translation>Speichern: %1 wird im Schlüsselbund abgelegt (%2 von %3)…</translation>
    </message>
    <message>
        <source>Editing %1. When this console&apos;s engine runs from this file, saving restarts the engine in place with the changes.</source>
        <translation>Bearbeitung von %1. Läuft die Engine dieser Konsole mit dieser Datei, startet Speichern sie sofort mit den Änderungen neu.</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::SkuMappingDialog</name>
    <message>
        <source>Map SKU %1</source>
        <translation>SKU %1 zuordnen</translation>
    </message>
    <message>
        <source>Map and retry</source>
        <translation>Zuordnen und wiederholen</translation>
    </message>
    <message numerus="yes">
        <source>Storefront SKU %1 is in %n open exception(s). The mapping is kept and applies to all of them; they are sent to the warehouse again.</source>
        <translation>
            <numerusform>Shop-SKU %1 steckt in %n offenen Klärfall. Die Zuordnung bleibt bestehen und gilt für ihn; er wird erneut an das Lager gesendet.</numerusform>
            <numerusform>Shop-SKU %1 steckt in %n offenen Klärfällen. Die Zuordnung bleibt bestehen und gilt für alle; sie werden erneut an das Lager gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the WMS item that storefront SKU %1 stands for. The mapping is kept for later orders.</source>
        <translation>Wählen Sie den WMS-Artikel, für den die Shop-SKU %1 steht. Die Zuordnung bleibt für spätere Bestellungen bestehen.</translation>
    </message>
    <message>
        <source>Search the item master</source>
        <translation>Den Artikelstamm durchsuchen</translation>
    </message>
    <message>
        <source>Search the WMS item master by SKU or name</source>
        <translation>Den WMS-Artikelstamm nach SKU oder Name durchsuchen</translation>
    </message>
    <message>
        <source>WMS items</source>
        <translation>WMS-Artikel</translation>
    </message>
    <message>
        <source>WMS SKU</source>
        <translation>WMS-SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Send the orders to the warehouse again afterwards</source>
        <translation>Die Bestellungen danach erneut an das Lager senden</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Zuordnen</translation>
    </message>
    <message>
        <source>Cannot read the item master: %1</source>
        <translation>Der Artikelstamm kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>No WMS item matches “%1”.</source>
        <translation>Kein WMS-Artikel passt zu „%1“.</translation>
    </message>
    <message>
        <source>%1 → not mapped (not in the WMS item master)</source>
        <translation>%1 → nicht zugeordnet (nicht im WMS-Artikelstamm)</translation>
    </message>
    <message>
        <source>%1 → WMS item %2</source>
        <translation>%1 → WMS-Artikel %2</translation>
    </message>
    <message>
        <source>Choose a WMS item from the list.</source>
        <translation>Wählen Sie einen WMS-Artikel aus der Liste.</translation>
    </message>
    <message>
        <source>%1 × %2 %3</source>
        <translation>%1 × %2 %3</translation>
    </message>
    <message>
        <source>Map %1 to a WMS item</source>
        <translation>%1 einem WMS-Artikel zuordnen</translation>
    </message>
    <message numerus="yes">
        <source>Send order %1 without its %2 line: the warehouse does not stock it (a gift card, a service). The customer keeps what they paid; the other %n line(s) are shipped.</source>
        <translation>
            <numerusform>Bestellung %1 ohne ihre Position %2 senden: Das Lager führt sie nicht (Geschenkkarte, Dienstleistung). Der Kunde behält, was er bezahlt hat; %n weitere Position wird versandt.</numerusform>
            <numerusform>Bestellung %1 ohne ihre Position %2 senden: Das Lager führt sie nicht (Geschenkkarte, Dienstleistung). Der Kunde behält, was er bezahlt hat; die anderen %n Positionen werden versandt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send without the line</source>
        <translation>Ohne die Position senden</translation>
    </message>
    <message>
        <source>Leave the line out</source>
        <translation>Position weglassen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Lockstep keeps storefronts and the warehouse in lockstep and shows people the records that fell out of step.
With no options it opens the console window.</source>
        <translation>Lockstep hält Shops und Lager im Gleichschritt und zeigt den zuständigen Personen die Datensätze, die aus dem Tritt geraten sind.
Ohne Optionen öffnet es das Konsolenfenster.</translation>
    </message>
    <message>
        <source>Run without a window.</source>
        <translation>Ohne Fenster ausführen.</translation>
    </message>
    <message>
        <source>lockstep: cannot open the database: %1</source>
        <translation>lockstep: Datenbank kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>lockstep: no display found (DISPLAY and WAYLAND_DISPLAY are unset), so the console window cannot open; running headless instead.</source>
        <translation>lockstep: keine Anzeige gefunden (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt), daher kann das Konsolenfenster nicht geöffnet werden; läuft stattdessen ohne Fenster.</translation>
    </message>
    <message>
        <source>lockstep: database %1 ready (schema %2).</source>
        <translation>lockstep: Datenbank %1 bereit (Schema %2).</translation>
    </message>
    <message>
        <source>Run the engine with the configuration FILE (JSON; see the engine&apos;s README).</source>
        <translation>Die Engine mit der Konfigurationsdatei FILE ausführen (JSON; siehe README der Engine).</translation>
    </message>
    <message>
        <source>Run every job once, then exit (headless).</source>
        <translation>Jeden Job einmal ausführen, dann beenden (ohne Fenster).</translation>
    </message>
    <message>
        <source>Run against the built-in sandbox, with its own demo database.</source>
        <translation>Gegen die eingebaute Sandbox ausführen, mit eigener Demo-Datenbank.</translation>
    </message>
    <message>
        <source>Sandbox scenario NAME or FILE for --demo (default: demo).</source>
        <translation>Sandbox-Szenario NAME oder FILE für --demo (Standard: demo).</translation>
    </message>
    <message>
        <source>lockstep: the sandbox did not start: %1</source>
        <translation>lockstep: die Sandbox ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>lockstep: configuration %1: %2</source>
        <translation>lockstep: Konfiguration %1: %2</translation>
    </message>
    <message>
        <source>lockstep: a secret could not be read: %1</source>
        <translation>lockstep: ein Geheimnis konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>lockstep: nothing to run: give --config FILE, or --demo to try the sandbox.</source>
        <translation>lockstep: nichts auszuführen: geben Sie --config FILE an oder --demo, um die Sandbox auszuprobieren.</translation>
    </message>
    <message>
        <source>the engine could not start: %1</source>
        <translation>die Engine konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>engine started</source>
        <translation>Engine gestartet</translation>
    </message>
    <message>
        <source>cycle done: %1 orders read, %2 sent to the warehouse (%3 found already there), %4 cancellations, %5 shipments seen, %6 customers told shipped, %7 stock levels pushed, %8 exceptions raised, %9 resolved</source>
        <translation>Durchlauf beendet: %1 Bestellungen gelesen, %2 an das Lager übermittelt (%3 dort bereits vorhanden), %4 Stornierungen, %5 Sendungen erkannt, %6 Kunden über den Versand informiert, %7 Bestände übertragen, %8 Klärfälle erzeugt, %9 gelöst</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) met and kept for a retry or a person (see the log)</source>
        <translation>
            <numerusform>%n Problem aufgetreten und für eine Wiederholung oder eine Person aufbewahrt (siehe Logdatei)</numerusform>
            <numerusform>%n Probleme aufgetreten und für eine Wiederholung oder eine Person aufbewahrt (siehe Logdatei)</numerusform>
        </translation>
    </message>
    <message>
        <source>lockstep: no log file: %1</source>
        <translation>lockstep: keine Logdatei: %1</translation>
    </message>
    <message>
        <source>Work as ROLE (supervisor, customer_service or finance) and remember it; skips the first-run question.</source>
        <translation>Als ROLE arbeiten (supervisor, customer_service oder finance) und es merken; überspringt die Frage beim ersten Start.</translation>
    </message>
    <message>
        <source>Check the database, the configuration, the keychain and every configured system, print one line per check, and exit (non-zero when a check failed).</source>
        <translation>Die Datenbank, die Konfiguration, den Schlüsselbund und jedes konfigurierte System prüfen, je Prüfung eine Zeile ausgeben und beenden (Exit-Code ungleich null, wenn eine Prüfung fehlgeschlagen ist).</translation>
    </message>
    <message>
        <source>lockstep: unknown role %1 (supervisor, customer_service or finance)</source>
        <translation>lockstep: unbekannte Rolle %1 (supervisor, customer_service oder finance)</translation>
    </message>
    <message>
        <source>lockstep: self-test passed.</source>
        <translation>lockstep: Selbsttest bestanden.</translation>
    </message>
    <message numerus="yes">
        <source>lockstep: self-test failed: %n check(s) failed.</source>
        <translation>
            <numerusform>lockstep: Selbsttest fehlgeschlagen: %n Prüfung fehlgeschlagen.</numerusform>
            <numerusform>lockstep: Selbsttest fehlgeschlagen: %n Prüfungen fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>the engine stopped: %1</source>
        <translation>die Engine wurde angehalten: %1</translation>
    </message>
    <message>
        <source>lockstep: a demo is already running on this computer, and a new one would erase its database. Use that window, or start another demo with its own database: --demo --db FILE</source>
        <translation>lockstep: Auf diesem Computer läuft bereits eine Demo, und eine neue würde ihre Datenbank löschen. Nutzen Sie dieses Fenster oder starten Sie eine weitere Demo mit eigener Datenbank: --demo --db DATEI</translation>
    </message>
    <message>
        <source>%1; this engine does not start.</source>
        <translation>%1; diese Engine startet nicht.</translation>
    </message>
    <message>
        <source>job %1 finished at %2 (run %3, %4 ms, started %5 ms after it was due)</source>
        <translation>Aufgabe %1 beendet um %2 (Lauf %3, %4 ms, %5 ms nach Fälligkeit gestartet)</translation>
    </message>
    <message numerus="yes">
        <source>%n store return(s) sent to the warehouse as customer returns</source>
        <translation>
            <numerusform>%n Filialretoure als Kundenretoure an das Lager gesendet</numerusform>
            <numerusform>%n Filialretouren als Kundenretouren an das Lager gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Use the database FILE, or a team&apos;s PostgreSQL database at URL (postgresql://USER@HOST/DB) (default: %1).</source>
        <translation>Die Datenbank DATEI verwenden oder die PostgreSQL-Datenbank eines Teams unter URL (postgresql://BENUTZER@HOST/DB) (Standard: %1).</translation>
    </message>
    <message>
        <source>With --headless: while another engine holds the database, wait and take over when it is free, instead of exiting.</source>
        <translation>Mit --headless: solange eine andere Engine die Datenbank hält, warten und übernehmen, sobald sie frei ist, statt sich zu beenden.</translation>
    </message>
    <message>
        <source>%1; this engine stands by to take over.</source>
        <translation>%1; diese Engine steht bereit, um zu übernehmen.</translation>
    </message>
</context>
<context>
    <name>sandbox</name>
    <message>
        <source>Runs simulated WooCommerce, commercetools, Deposco WMS and POS servers on 127.0.0.1.
The first line on stdout is a JSON object with every system&apos;s endpoints and credentials.</source>
        <translation>Startet simulierte WooCommerce-, commercetools-, Deposco-WMS- und POS-Server auf 127.0.0.1.
Die erste Zeile auf stdout ist ein JSON-Objekt mit den Endpunkten und Zugangsdaten aller Systeme.</translation>
    </message>
    <message>
        <source>The sandbox command.</source>
        <translation>Der Befehl sandbox.</translation>
    </message>
    <message>
        <source>Scenario FILE, or NAME of a shipped one (%1).</source>
        <translation>Szenario-Datei FILE oder NAME eines mitgelieferten Szenarios (%1).</translation>
    </message>
    <message>
        <source>Also write a Lockstep configuration pointing every connector here.</source>
        <translation>Zusätzlich eine Lockstep-Konfiguration schreiben, die jeden Konnektor hierher verweist.</translation>
    </message>
    <message>
        <source>Simulated seconds per real second (default: the scenario&apos;s).</source>
        <translation>Simulierte Sekunden pro echter Sekunde (Standard: die des Szenarios).</translation>
    </message>
    <message>
        <source>Stop after SECONDS of real time (default: run until stopped).</source>
        <translation>Nach SECONDS Sekunden Echtzeit anhalten (Standard: laufen, bis angehalten wird).</translation>
    </message>
    <message>
        <source>lockstep sandbox: --scenario FILE|NAME is required.</source>
        <translation>lockstep sandbox: --scenario FILE|NAME ist erforderlich.</translation>
    </message>
    <message>
        <source>lockstep sandbox: %1</source>
        <translation>lockstep sandbox: %1</translation>
    </message>
    <message>
        <source>lockstep sandbox: --speed needs a number of 0 or more.</source>
        <translation>lockstep sandbox: --speed braucht eine Zahl ab 0.</translation>
    </message>
    <message>
        <source>lockstep sandbox: cannot write %1: %2</source>
        <translation>lockstep sandbox: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>lockstep sandbox: scenario &quot;%1&quot; running at %2x; ledger at %3. Stop with Ctrl+C.</source>
        <translation>lockstep sandbox: Szenario „%1“ läuft mit %2-facher Geschwindigkeit; Journal unter %3. Beenden mit Strg+C.</translation>
    </message>
    <message>
        <source>lockstep sandbox: stopped; %1 orders placed, %2 sales orders received by the WMS.</source>
        <translation>lockstep sandbox: angehalten; %1 Bestellungen aufgegeben, %2 Kundenaufträge vom WMS empfangen.</translation>
    </message>
</context>
<context>
    <name>secret</name>
    <message>
        <source>Keeps a connector&apos;s secret in the operating system&apos;s keychain. `set` reads the secret from standard input; the configuration then names the entry as {&quot;keychain&quot;: &quot;ENTRY&quot;}.</source>
        <translation>Legt das Geheimnis eines Konnektors im Schlüsselbund des Betriebssystems ab. `set` liest das Geheimnis von der Standardeingabe; die Konfiguration nennt den Eintrag dann als {&quot;keychain&quot;: &quot;ENTRY&quot;}.</translation>
    </message>
    <message>
        <source>The secret command.</source>
        <translation>Der Befehl secret.</translation>
    </message>
    <message>
        <source>set, delete or check.</source>
        <translation>set, delete oder check.</translation>
    </message>
    <message>
        <source>The keychain entry, e.g. lockstep/woocommerce/secret.</source>
        <translation>Der Eintrag im Schlüsselbund, z. B. lockstep/woocommerce/secret.</translation>
    </message>
    <message>
        <source>usage: lockstep secret set|delete|check ENTRY</source>
        <translation>Aufruf: lockstep secret set|delete|check ENTRY</translation>
    </message>
    <message>
        <source>no secret on standard input; nothing stored</source>
        <translation>kein Geheimnis auf der Standardeingabe; nichts gespeichert</translation>
    </message>
    <message>
        <source>stored %1 in the keychain</source>
        <translation>%1 im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>removed %1 from the keychain</source>
        <translation>%1 aus dem Schlüsselbund entfernt</translation>
    </message>
    <message>
        <source>%1 is in the keychain and can be read</source>
        <translation>%1 ist im Schlüsselbund und kann gelesen werden</translation>
    </message>
</context>
</TS>
