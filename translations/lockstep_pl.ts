<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>BothSystemsState</name>
    <message>
        <source>payment pending</source>
        <translation>płatność oczekuje</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>opłacone</translation>
    </message>
    <message>
        <source>payment failed</source>
        <translation>płatność nieudana</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>zwrócone środki</translation>
    </message>
    <message>
        <source>partly refunded</source>
        <translation>częściowo zwrócone środki</translation>
    </message>
    <message>
        <source>Warehouse: cannot read what is waiting to be sent: %1</source>
        <translation>Magazyn: nie można odczytać tego, co czeka na wysłanie: %1</translation>
    </message>
    <message>
        <source>Warehouse: no cancellation is waiting to be sent.</source>
        <translation>Magazyn: żadne anulowanie nie czeka na wysłanie.</translation>
    </message>
    <message>
        <source>Warehouse: not created; the order is held in Lockstep and was never sent.</source>
        <translation>Magazyn: nie utworzono; zamówienie jest wstrzymane w Lockstep i nigdy nie zostało wysłane.</translation>
    </message>
    <message numerus="yes">
        <source>Warehouse: not created yet; waiting to be sent (%n attempt(s) so far).</source>
        <translation>
            <numerusform>Magazyn: jeszcze nie utworzono; czeka na wysłanie (dotąd %n próba).</numerusform>
            <numerusform>Magazyn: jeszcze nie utworzono; czeka na wysłanie (dotąd %n próby).</numerusform>
            <numerusform>Magazyn: jeszcze nie utworzono; czeka na wysłanie (dotąd %n prób).</numerusform>
        </translation>
    </message>
    <message>
        <source>Warehouse: not created yet; the last attempt failed (%1), next try %2.</source>
        <translation>Magazyn: jeszcze nie utworzono; ostatnia próba nie powiodła się (%1), następna próba: %2.</translation>
    </message>
    <message>
        <source>Warehouse: refused it: %1</source>
        <translation>Magazyn: odrzucono: %1</translation>
    </message>
    <message>
        <source>Warehouse: sent, not yet seen there; a retry asks the warehouse before sending anything.</source>
        <translation>Magazyn: wysłano, ale jeszcze go tam nie widać; ponowienie najpierw pyta magazyn, zanim cokolwiek wyśle.</translation>
    </message>
    <message>
        <source>Storefront: cannot read the order: %1</source>
        <translation>Sklep: nie można odczytać zamówienia: %1</translation>
    </message>
    <message>
        <source>Storefront: order %1 is not in Lockstep.</source>
        <translation>Sklep: zamówienia %1 nie ma w Lockstep.</translation>
    </message>
    <message>
        <source>Storefront: order %1 is cancelled (%2).</source>
        <translation>Sklep: zamówienie %1 jest anulowane (%2).</translation>
    </message>
    <message>
        <source>Storefront: order %1 is %2, %3.</source>
        <translation>Sklep: zamówienie %1 – status: %2, %3.</translation>
    </message>
    <message>
        <source>Warehouse: cannot read: %1</source>
        <translation>Magazyn: nie można odczytać: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Warehouse: already created as %1 (%2), %n unit(s) shipped.</source>
        <translation>
            <numerusform>Magazyn: już utworzono jako %1 (%2), wysłano %n szt.</numerusform>
            <numerusform>Magazyn: już utworzono jako %1 (%2), wysłano %n szt.</numerusform>
            <numerusform>Magazyn: już utworzono jako %1 (%2), wysłano %n szt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warehouse: already created as %1 (%2), %n unit(s) back-ordered.</source>
        <translation>
            <numerusform>Magazyn: już utworzono jako %1 (%2), brak na stanie: %n szt.</numerusform>
            <numerusform>Magazyn: już utworzono jako %1 (%2), brak na stanie: %n szt.</numerusform>
            <numerusform>Magazyn: już utworzono jako %1 (%2), brak na stanie: %n szt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warehouse: already created as %1 (%2); a retry sends nothing twice.</source>
        <translation>Magazyn: już utworzono jako %1 (%2); ponowienie niczego nie wyśle dwa razy.</translation>
    </message>
    <message>
        <source>Not about one order: there is nothing at the storefront or the warehouse to compare.</source>
        <translation>Nie dotyczy jednego zamówienia: w sklepie ani w magazynie nie ma nic do porównania.</translation>
    </message>
    <message>
        <source>Warehouse: being sent right now (%1).</source>
        <translation>Magazyn: właśnie wysyłane (%1).</translation>
    </message>
    <message>
        <source>by the engine</source>
        <translation>przez silnik</translation>
    </message>
</context>
<context>
    <name>Lockstep</name>
    <message>
        <source>open</source>
        <translation>otwarty</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>potwierdzony</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>rozwiązany</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 godz. %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d. %2 godz.</translation>
    </message>
    <message>
        <source>Storefront: could not be read (%1).</source>
        <translation>Sklep: nie udało się odczytać (%1).</translation>
    </message>
    <message>
        <source>Storefront: cancelled.</source>
        <translation>Sklep: anulowane.</translation>
    </message>
    <message>
        <source>Storefront: %1, %2, told it shipped (%3).</source>
        <translation>Sklep: %1, %2, wysyłka zgłoszona (%3).</translation>
    </message>
    <message>
        <source>Storefront: %1, %2.</source>
        <translation>Sklep: %1, %2.</translation>
    </message>
    <message>
        <source>Warehouse: could not be read (%1).</source>
        <translation>Magazyn: nie udało się odczytać (%1).</translation>
    </message>
    <message>
        <source>Warehouse: no sales order for it.</source>
        <translation>Magazyn: brak zamówienia sprzedaży.</translation>
    </message>
    <message>
        <source>Warehouse: %1 %2 at %3.</source>
        <translation>Magazyn: %1 %2 w %3.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation>Baza danych odrzuciła zmianę: %1</translation>
    </message>
    <message>
        <source>Exception %1 is not about one order.</source>
        <translation>Wyjątek %1 nie dotyczy jednego zamówienia.</translation>
    </message>
    <message>
        <source>The order of exception %1 is not in Lockstep.</source>
        <translation>Zamówienia z wyjątku %1 nie ma w Lockstep.</translation>
    </message>
    <message>
        <source>%1 is not in the WMS item master.</source>
        <translation>%1 nie ma w kartotece towarów WMS.</translation>
    </message>
    <message>
        <source>The exceptions matching the filter could not be read: %1</source>
        <translation>Nie udało się odczytać wyjątków pasujących do filtra: %1</translation>
    </message>
    <message>
        <source>An acknowledgement needs a note saying what was done.</source>
        <translation>Potwierdzenie wymaga notatki, co zostało zrobione.</translation>
    </message>
    <message>
        <source>Exception %1 does not exist.</source>
        <translation>Wyjątek %1 nie istnieje.</translation>
    </message>
    <message>
        <source>Exception %1 is claimed by %2; ask them, or have it assigned to you.</source>
        <translation>Wyjątek %1 przejął(-ęła) %2; zapytaj tę osobę lub poproś o przypisanie go sobie.</translation>
    </message>
    <message>
        <source>Reading both systems needs the running engine; the console asks it.</source>
        <translation>Odczyt obu systemów wymaga działającego silnika; konsola o to prosi.</translation>
    </message>
    <message>
        <source>Exception %1 is already %2.</source>
        <translation>Wyjątek %1 jest już %2.</translation>
    </message>
    <message>
        <source>Exception %1 was already assigned so.</source>
        <translation>Wyjątek %1 był już tak przypisany.</translation>
    </message>
    <message>
        <source>Exception %1 is already claimed by you.</source>
        <translation>Wyjątek %1 jest już przejęty przez Ciebie.</translation>
    </message>
    <message>
        <source>Exception %1 is already claimed by %2.</source>
        <translation>Wyjątek %1 jest już przejęty przez %2.</translation>
    </message>
    <message>
        <source>Exception %1 is not claimed.</source>
        <translation>Wyjątek %1 nie jest przejęty.</translation>
    </message>
    <message>
        <source>Exception %1 is claimed by %2; only they can release it.</source>
        <translation>Wyjątek %1 przejął(-ęła) %2; tylko ta osoba może go zwolnić.</translation>
    </message>
    <message>
        <source>Exception %1 is already open.</source>
        <translation>Wyjątek %1 jest już otwarty.</translation>
    </message>
    <message>
        <source>Exception %1 is now %2 (version %3).</source>
        <translation>Wyjątek %1 jest teraz %2 (wersja %3).</translation>
    </message>
    <message>
        <source>A comment needs some text.</source>
        <translation>Komentarz wymaga treści.</translation>
    </message>
    <message>
        <source>Comment added to exception %1.</source>
        <translation>Dodano komentarz do wyjątku %1.</translation>
    </message>
    <message>
        <source>Only an order cancelled past its cutoff can be intercepted at the warehouse.</source>
        <translation>Tylko zamówienie anulowane po godzinie granicznej można przechwycić w magazynie.</translation>
    </message>
    <message>
        <source>Say how and whom you asked (a call to the shift lead, a mail to the floor).</source>
        <translation>Napisz, jak i kogo poproszono (telefon do kierownika zmiany, mail na halę).</translation>
    </message>
    <message>
        <source>%1 asked %2 to pull the order (%3). Wait for the warehouse: this resolves itself when it cancels the order; if the carrier collects it, arrange a return and refund with the customer.</source>
        <translation>%1 poprosił(a) %2 o wycofanie zamówienia (%3). Poczekaj na magazyn: to rozwiąże się samo, gdy anuluje zamówienie; jeśli przewoźnik je odbierze, uzgodnij z klientem zwrot i refundację.</translation>
    </message>
    <message>
        <source>the warehouse</source>
        <translation>magazyn</translation>
    </message>
    <message>
        <source>Order %1: the request to pull it is kept; the exception waits for the warehouse.</source>
        <translation>Zamówienie %1: prośba o wycofanie została zapisana; wyjątek czeka na magazyn.</translation>
    </message>
    <message>
        <source>%1 by %2 at %3</source>
        <translation>%1 przez %2 o %3</translation>
    </message>
    <message>
        <source>a change with no audit record</source>
        <translation>zmiana bez wpisu w dzienniku</translation>
    </message>
    <message>
        <source>Exception %1 changed since you read it (version %2, now %3): %4. Read it again before acting.</source>
        <translation>Wyjątek %1 zmienił się od odczytu (wersja %2, teraz %3): %4. Odczytaj go ponownie przed działaniem.</translation>
    </message>
    <message>
        <source>Exception %1 is %2; reopen it before a retry.</source>
        <translation>Wyjątek %1 jest %2; otwórz go ponownie przed ponowieniem.</translation>
    </message>
    <message>
        <source>A retry of exception %1 (%2) has nothing to send again; edit or acknowledge it.</source>
        <translation>Ponowienie wyjątku %1 (%2) nie ma czego wysłać ponownie; edytuj go lub potwierdź.</translation>
    </message>
    <message>
        <source>Order %1 is cancelled in the storefront: nothing to send to the warehouse.</source>
        <translation>Zamówienie %1 jest anulowane w sklepie: nic do wysłania do magazynu.</translation>
    </message>
    <message>
        <source>Order %1 is not paid; it goes to the warehouse once payment is confirmed.</source>
        <translation>Zamówienie %1 nie jest opłacone; trafi do magazynu po potwierdzeniu płatności.</translation>
    </message>
    <message>
        <source>Already at the warehouse as %1 (%2 at %3): linked to it, nothing sent.</source>
        <translation>Już w magazynie jako %1 (%2 w %3): powiązano, nic nie wysłano.</translation>
    </message>
    <message>
        <source>No cancellation of order %1 is waiting to be sent.</source>
        <translation>Żadne anulowanie zamówienia %1 nie czeka na wysłanie.</translation>
    </message>
    <message>
        <source>Order %1 must be decided again (mappings, facility), which needs the engine&apos;s configuration: give --config.</source>
        <translation>Zamówienie %1 trzeba rozstrzygnąć ponownie (mapowania, lokalizacja), co wymaga konfiguracji silnika: podaj --config.</translation>
    </message>
    <message>
        <source>the order was not queued</source>
        <translation>zamówienie nie trafiło do kolejki</translation>
    </message>
    <message>
        <source>due now under %1</source>
        <translation>wymagalne teraz pod %1</translation>
    </message>
    <message>
        <source>still held: %1</source>
        <translation>nadal wstrzymane: %1</translation>
    </message>
    <message>
        <source>Order %1 is still held: %2</source>
        <translation>Zamówienie %1 jest nadal wstrzymane: %2</translation>
    </message>
    <message>
        <source>Till return %1 is due now (attempt %2, same idempotency key); the warehouse is asked whether it already has it before anything is sent.</source>
        <translation>Zwrot z kasy %1 jest teraz wymagalny (próba %2, ten sam klucz idempotencji); przed wysłaniem magazyn jest pytany, czy już go ma.</translation>
    </message>
    <message>
        <source>Order %1 is due now (attempt %2, same idempotency key); the warehouse is asked whether it already has it before anything is sent.</source>
        <translation>Zamówienie %1 jest teraz wymagalne (próba %2, ten sam klucz idempotencji); przed wysłaniem magazyn jest pytany, czy już je ma.</translation>
    </message>
    <message>
        <source>Exception %1 or its outbox entry is gone.</source>
        <translation>Wyjątek %1 lub jego wpis w kolejce wysyłki zniknął.</translation>
    </message>
    <message>
        <source>Not sent yet: %1. It is tried again automatically after a pause.</source>
        <translation>Jeszcze nie wysłano: %1. Po przerwie nastąpi automatyczna ponowna próba.</translation>
    </message>
    <message>
        <source>The warehouse refused it again: %1</source>
        <translation>Magazyn ponownie odrzucił: %1</translation>
    </message>
    <message>
        <source>Due now; the engine sends it on its next run.</source>
        <translation>Wymagalne teraz; silnik wyśle to przy następnym przebiegu.</translation>
    </message>
    <message>
        <source>The storefront was told it shipped.</source>
        <translation>Sklep został powiadomiony o wysyłce.</translation>
    </message>
    <message>
        <source>The warehouse already had the customer return: nothing was sent twice.</source>
        <translation>Magazyn miał już zwrot klienta: nic nie wysłano dwa razy.</translation>
    </message>
    <message>
        <source>The warehouse has the customer return.</source>
        <translation>Magazyn ma zwrot klienta.</translation>
    </message>
    <message>
        <source>Already at the warehouse as %1 (%2 at %3): nothing was sent twice.</source>
        <translation>Już w magazynie jako %1 (%2 w %3): nic nie wysłano dwa razy.</translation>
    </message>
    <message>
        <source>At the warehouse as %1 (%2 at %3).</source>
        <translation>W magazynie jako %1 (%2 w %3).</translation>
    </message>
    <message>
        <source>Still %1 short; the warehouse allocates again when stock arrives.</source>
        <translation>Nadal brakuje %1; magazyn zarezerwuje ponownie, gdy dotrze towar.</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n szt.</numerusform>
            <numerusform>%n szt.</numerusform>
            <numerusform>%n szt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing left to cancel at the warehouse.</source>
        <translation>W magazynie nie ma już nic do anulowania.</translation>
    </message>
    <message>
        <source>Sent to the warehouse.</source>
        <translation>Wysłano do magazynu.</translation>
    </message>
    <message>
        <source>Exception %1 names no storefront SKU.</source>
        <translation>Wyjątek %1 nie wskazuje SKU sklepu.</translation>
    </message>
    <message>
        <source>stock of %1 to be pushed again</source>
        <translation>stan %1 do ponownego wysłania</translation>
    </message>
    <message>
        <source>The warehouse figure for %1 goes to %2 again (attempt %3).</source>
        <translation>Stan magazynowy %1 trafia ponownie do %2 (próba %3).</translation>
    </message>
    <message>
        <source>Exception %1 names no shipment.</source>
        <translation>Wyjątek %1 nie wskazuje przesyłki.</translation>
    </message>
    <message>
        <source>The storefront already shows shipment %1 as shipped: nothing was sent twice.</source>
        <translation>Sklep już pokazuje przesyłkę %1 jako wysłaną: nic nie wysłano dwa razy.</translation>
    </message>
    <message>
        <source>Shipment %1 is not in Lockstep.</source>
        <translation>Przesyłki %1 nie ma w Lockstep.</translation>
    </message>
    <message>
        <source>Shipment %1 has not been collected by the carrier: the storefront hears &quot;shipped&quot; only then.</source>
        <translation>Przewoźnik nie odebrał przesyłki %1: sklep dowie się o „wysłano” dopiero wtedy.</translation>
    </message>
    <message>
        <source>The &quot;shipped&quot; message for shipment %1 is due now (attempt %2, same idempotency key).</source>
        <translation>Komunikat „wysłano” dla przesyłki %1 jest teraz wymagalny (próba %2, ten sam klucz idempotencji).</translation>
    </message>
    <message>
        <source>Order %1 is not at the warehouse: there are no totals to compare.</source>
        <translation>Zamówienia %1 nie ma w magazynie: brak sum do porównania.</translation>
    </message>
    <message>
        <source>Read again: the storefront&apos;s %1 and the warehouse&apos;s %2 agree now.</source>
        <translation>Odczytano ponownie: %1 w sklepie i %2 w magazynie są teraz zgodne.</translation>
    </message>
    <message>
        <source>read again: still different</source>
        <translation>odczytano ponownie: nadal różne</translation>
    </message>
    <message>
        <source>Read again, still different: %1</source>
        <translation>Odczytano ponownie, nadal różne: %1</translation>
    </message>
    <message>
        <source>Not pushed: %1. The next stock job pushes it.</source>
        <translation>Nie wysłano: %1. Wyśle to następne zadanie stanów.</translation>
    </message>
    <message>
        <source>%1 now shows %2 for %3, the warehouse figure.</source>
        <translation>%1 pokazuje teraz %2 dla %3, stan magazynowy.</translation>
    </message>
    <message>
        <source>Exception %1 is %2; reopen it before an edit.</source>
        <translation>Wyjątek %1 jest %2; otwórz go ponownie przed edycją.</translation>
    </message>
    <message>
        <source>A SKU mapping needs the storefront SKU, the WMS item and an exception about an order.</source>
        <translation>Mapowanie SKU wymaga SKU sklepu, towaru WMS i wyjątku dotyczącego zamówienia.</translation>
    </message>
    <message>
        <source>%1 mapped to %2</source>
        <translation>%1 zmapowano na %2</translation>
    </message>
    <message>
        <source>%1 now maps to WMS item %2.</source>
        <translation>%1 mapuje się teraz na towar WMS %2.</translation>
    </message>
    <message>
        <source>Exception %1 has the same SKU but is claimed by %2; left to them.</source>
        <translation>Wyjątek %1 ma to samo SKU, ale przejął(-ęła) go %2; pozostawiono.</translation>
    </message>
    <message>
        <source>Order %1 is already at the warehouse; change it there (or cancel it and send it again).</source>
        <translation>Zamówienie %1 jest już w magazynie; zmień je tam (albo anuluj i wyślij ponownie).</translation>
    </message>
    <message>
        <source>Choose a facility.</source>
        <translation>Wybierz lokalizację.</translation>
    </message>
    <message>
        <source>Order %1 has no warehouse order waiting to be sent, so there is no line to adjust.</source>
        <translation>Zamówienie %1 nie ma zlecenia magazynowego czekającego na wysłanie, więc nie ma pozycji do zmiany.</translation>
    </message>
    <message>
        <source>Order %1 goes to facility %2.</source>
        <translation>Zamówienie %1 trafia do lokalizacji %2.</translation>
    </message>
    <message>
        <source>Order %1 has no line %2 to adjust.</source>
        <translation>Zamówienie %1 nie ma pozycji %2 do zmiany.</translation>
    </message>
    <message>
        <source>Line %1 of order %2 is now %3 × %4.</source>
        <translation>Pozycja %1 zamówienia %2 to teraz %3 × %4.</translation>
    </message>
    <message>
        <source>Only an order held by a SKU mismatch can be sent without a line.</source>
        <translation>Bez pozycji można wysłać tylko zamówienie wstrzymane przez niezgodne SKU.</translation>
    </message>
    <message>
        <source>Order %1 is already on its way to the warehouse; change it there.</source>
        <translation>Zamówienie %1 jest już w drodze do magazynu; zmień je tam.</translation>
    </message>
    <message>
        <source>Order %1 has no line with SKU %2.</source>
        <translation>Zamówienie %1 nie ma pozycji z SKU %2.</translation>
    </message>
    <message>
        <source>Order %1 has no other line: without SKU %2 nothing would go to the warehouse. Cancel or refund it in the storefront instead.</source>
        <translation>Zamówienie %1 nie ma innej pozycji: bez SKU %2 nic nie trafiłoby do magazynu. Zamiast tego anuluj je lub zwróć pieniądze w sklepie.</translation>
    </message>
    <message>
        <source>Order %1 goes to the warehouse without its line of SKU %2.</source>
        <translation>Zamówienie %1 trafia do magazynu bez pozycji z SKU %2.</translation>
    </message>
    <message>
        <source>A field mapping needs the checkout field and the WMS field.</source>
        <translation>Mapowanie pola wymaga pola z kasy sklepu i pola WMS.</translation>
    </message>
    <message>
        <source>Checkout field %1 now maps to WMS field %2 for every later order.</source>
        <translation>Pole z kasy sklepu %1 mapuje się teraz na pole WMS %2 dla każdego kolejnego zamówienia.</translation>
    </message>
    <message>
        <source>Order %1 reached the warehouse without it.</source>
        <translation>Zamówienie %1 dotarło do magazynu bez niego.</translation>
    </message>
    <message>
        <source> (not recorded: %1)</source>
        <translation> (nie zapisano: %1)</translation>
    </message>
    <message>
        <source>Exception %1 is not about one order: there is no order to read.</source>
        <translation>Wyjątek %1 nie dotyczy jednego zamówienia: nie ma zamówienia do odczytu.</translation>
    </message>
    <message>
        <source>Order %1 cannot go to the warehouse: %2.</source>
        <translation>Zamówienie %1 nie może trafić do magazynu: %2.</translation>
    </message>
    <message>
        <source>Correct the order in the storefront (quantities above zero, no negative amounts); it is taken in again and sent once it changes.</source>
        <translation>Popraw zamówienie w sklepie (ilości powyżej zera, bez ujemnych kwot); zostanie ponownie przyjęte i wysłane, gdy się zmieni.</translation>
    </message>
    <message>
        <source>Order %1 came from channel &quot;%2&quot;, which is mapped to no facility, so a person routes its orders.</source>
        <translation>Zamówienie %1 przyszło z kanału „%2”, który nie ma przypisanej lokalizacji, więc jego zamówienia kieruje człowiek.</translation>
    </message>
    <message>
        <source>Order %1 came from channel &quot;%2&quot;, which maps to no facility, and no default facility is set.</source>
        <translation>Zamówienie %1 przyszło z kanału „%2”, który nie mapuje się na żadną lokalizację, a lokalizacja domyślna nie jest ustawiona.</translation>
    </message>
    <message>
        <source>Map the channel to a facility in Settings, or choose a facility for this order, then retry.</source>
        <translation>Przypisz kanał do lokalizacji w Ustawieniach lub wybierz lokalizację dla tego zamówienia, a potem ponów.</translation>
    </message>
    <message>
        <source>Order %1 cannot go to the warehouse: SKU %2 is not in the WMS item master.</source>
        <translation>Zamówienie %1 nie może trafić do magazynu: SKU %2 nie ma w kartotece towarów WMS.</translation>
    </message>
    <message>
        <source>Map the storefront SKU to a WMS item (Edit), or add the item to the WMS item master, then retry.</source>
        <translation>Zmapuj SKU sklepu na towar WMS (Edytuj) lub dodaj towar do kartoteki WMS, a potem ponów.</translation>
    </message>
    <message>
        <source>Order %1 has checkout fields with no WMS mapping: %2. The warehouse will not see them.</source>
        <translation>Zamówienie %1 ma pola z kasy sklepu bez mapowania WMS: %2. Magazyn ich nie zobaczy.</translation>
    </message>
    <message>
        <source>Map the field to a WMS field in Settings; orders already sent keep their values in Lockstep.</source>
        <translation>Zmapuj pole na pole WMS w Ustawieniach; wysłane już zamówienia zachowują swoje wartości w Lockstep.</translation>
    </message>
    <message>
        <source>Till return %1 was taken back at store %2, which maps to no facility, so the warehouse cannot be told the goods are coming back.</source>
        <translation>Zwrot z kasy %1 przyjęto w sklepie %2, który nie ma lokalizacji, więc magazyn nie może się dowiedzieć, że towar wraca.</translation>
    </message>
    <message>
        <source>Map the store to a facility in Settings, or choose a facility for this return, then retry.</source>
        <translation>Przypisz sklep do lokalizacji w Ustawieniach lub wybierz lokalizację dla tego zwrotu, a potem ponów.</translation>
    </message>
    <message>
        <source>Till return %1 at store %2 cannot go to the warehouse: SKU %3 is not in the WMS item master.</source>
        <translation>Zwrot z kasy %1 w sklepie %2 nie może trafić do magazynu: SKU %3 nie ma w kartotece towarów WMS.</translation>
    </message>
    <message>
        <source>Map the till SKU to a WMS item (Edit), or add the item to the WMS item master, then retry.</source>
        <translation>Zmapuj SKU kasy na towar WMS (Edytuj) lub dodaj towar do kartoteki WMS, a potem ponów.</translation>
    </message>
    <message>
        <source>The warehouse refused order %1: %2</source>
        <translation>Magazyn odrzucił zamówienie %1: %2</translation>
    </message>
    <message>
        <source>Correct the order or the mapping the warehouse refused, then retry.</source>
        <translation>Popraw zamówienie lub mapowanie odrzucone przez magazyn, a potem ponów.</translation>
    </message>
    <message>
        <source>Order %1 was cancelled in the storefront, but the carrier collected it from %2 although the warehouse was asked to pull it.</source>
        <translation>Zamówienie %1 anulowano w sklepie, ale przewoźnik odebrał je z %2, choć magazyn poproszono o wycofanie.</translation>
    </message>
    <message>
        <source>Order %1 was cancelled in the storefront, but the carrier collected it from %2.</source>
        <translation>Zamówienie %1 anulowano w sklepie, ale przewoźnik odebrał je z %2.</translation>
    </message>
    <message>
        <source>Tell the customer the parcel is on its way, and arrange its return and the refund; acknowledge once done.</source>
        <translation>Poinformuj klienta, że paczka jest w drodze, i uzgodnij jej zwrot oraz refundację; potem potwierdź.</translation>
    </message>
    <message>
        <source>Order %1 was cancelled in the storefront, but the warehouse could only cancel its back-ordered units: it was %2 at %3. The rest will ship.</source>
        <translation>Zamówienie %1 anulowano w sklepie, ale magazyn mógł anulować tylko zaległe sztuki: było %2 w %3. Reszta zostanie wysłana.</translation>
    </message>
    <message>
        <source>Order %1 was cancelled in the storefront, but the warehouse had already locked it (%2 at %3). It will ship unless stopped.</source>
        <translation>Zamówienie %1 anulowano w sklepie, ale magazyn już je zablokował (%2 w %3). Zostanie wysłane, jeśli nikt go nie zatrzyma.</translation>
    </message>
    <message>
        <source>Ask the warehouse to pull the order before the carrier collects it, or arrange a return and refund with the customer.</source>
        <translation>Poproś magazyn o wycofanie zamówienia przed odbiorem przez przewoźnika albo uzgodnij z klientem zwrot i refundację.</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 allocated)</source>
        <translation>%1 (zarezerwowano %2 z %3)</translation>
    </message>
    <message>
        <source>Order %1 is %2 at %3: stock could not be allocated for %4.</source>
        <translation>Zamówienie %1 ma stan %2 w %3: nie udało się zarezerwować towaru dla %4.</translation>
    </message>
    <message>
        <source>%1 of %2 units</source>
        <translation>%1 z %2 szt.</translation>
    </message>
    <message>
        <source>Move stock from another facility or wait for the inbound delivery, then retry the allocation.</source>
        <translation>Przenieś towar z innej lokalizacji lub poczekaj na dostawę, a potem ponów rezerwację.</translation>
    </message>
    <message>
        <source>, less %1 sold there since, so %2 expected</source>
        <translation>, minus %1 sprzedane tam od tego czasu, więc oczekiwano %2</translation>
    </message>
    <message>
        <source>%1 shows %2 of %3, but Lockstep last pushed %4 (%5 ago)%6: %7 %8.</source>
        <translation>%1 pokazuje %2 %3, ale Lockstep ostatnio wysłał %4 (%5 temu)%6: %7 %8.</translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1 szt.</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>nieznany czas</translation>
    </message>
    <message>
        <source>more, so the storefront may oversell</source>
        <translation>więcej, więc sklep może sprzedać za dużo</translation>
    </message>
    <message>
        <source>fewer, so sales may be lost</source>
        <translation>mniej, więc sprzedaż może przepaść</translation>
    </message>
    <message>
        <source>Find who changed the stock in the storefront; the next stock push restores the warehouse figure.</source>
        <translation>Ustal, kto zmienił stan w sklepie; następne wysłanie stanów przywróci stan magazynowy.</translation>
    </message>
    <message>
        <source>order %1: %2</source>
        <translation>zamówienie %1: %2</translation>
    </message>
    <message>
        <source>no SKU</source>
        <translation>brak SKU</translation>
    </message>
    <message>
        <source>SKU %1</source>
        <translation>SKU %1</translation>
    </message>
    <message>
        <source>line %1 (%2): %3 %4</source>
        <translation>pozycja %1 (%2): %3 %4</translation>
    </message>
    <message>
        <source>No shipped message was queued for it.</source>
        <translation>Nie zakolejkowano dla niej komunikatu o wysyłce.</translation>
    </message>
    <message>
        <source>The shipped message is queued and has not been tried yet.</source>
        <translation>Komunikat o wysyłce jest w kolejce i jeszcze nie był próbowany.</translation>
    </message>
    <message>
        <source>The shipped message failed %1; last error: %2</source>
        <translation>Komunikat o wysyłce nie powiódł się %1; ostatni błąd: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n raz</numerusform>
            <numerusform>%n razy</numerusform>
            <numerusform>%n razy</numerusform>
        </translation>
    </message>
    <message>
        <source>The storefront refused the shipped message: %1</source>
        <translation>Sklep odrzucił komunikat o wysyłce: %1</translation>
    </message>
    <message>
        <source>%1 collected %2 of order %3 (tracking %4) %5 ago, and the storefront has not been told (SLA %6 min). %7</source>
        <translation>%1 odebrał %2 z zamówienia %3 (numer przesyłki %4) %5 temu, a sklepu nie powiadomiono (SLA %6 min). %7</translation>
    </message>
    <message>
        <source>The carrier</source>
        <translation>Przewoźnik</translation>
    </message>
    <message>
        <source>Retry the shipped message, or mark the order shipped in the storefront with the tracking number.</source>
        <translation>Ponów komunikat o wysyłce lub oznacz zamówienie w sklepie jako wysłane z numerem przesyłki.</translation>
    </message>
    <message>
        <source>In %1, %2 shows its parent&apos;s SKU %3 instead of its own: %4. The warehouse cannot tell it from its parent.</source>
        <translation>W %1 %2 pokazuje SKU %3 produktu nadrzędnego zamiast własnego: %4. Magazyn nie odróżni go od produktu nadrzędnego.</translation>
    </message>
    <message>
        <source>In %1, %2 show their parent&apos;s SKU %3 instead of their own: %4. The warehouse cannot tell them apart.</source>
        <translation>W %1 %2 pokazują SKU %3 produktu nadrzędnego zamiast własnego: %4. Magazyn ich nie odróżni.</translation>
    </message>
    <message numerus="yes">
        <source>%n variation(s)</source>
        <translation>
            <numerusform>%n wariant</numerusform>
            <numerusform>%n warianty</numerusform>
            <numerusform>%n wariantów</numerusform>
        </translation>
    </message>
    <message>
        <source>Give each variation its own SKU in the storefront (as in the WMS item master), or map it (Edit).</source>
        <translation>Nadaj każdemu wariantowi własne SKU w sklepie (jak w kartotece WMS) lub go zmapuj (Edytuj).</translation>
    </message>
    <message>
        <source>In %1, SKU %2 is used by %3 products: %4. Stock pushed for it lands on one of them at random.</source>
        <translation>W %1 SKU %2 używa %3 produktów: %4. Wysłany dla niego stan trafia losowo do jednego z nich.</translation>
    </message>
    <message>
        <source>Keep the SKU on one product and give the others their own (or retire the duplicate listing).</source>
        <translation>Zostaw SKU przy jednym produkcie, a pozostałym nadaj własne (lub wycofaj zdublowaną ofertę).</translation>
    </message>
    <message>
        <source>Bundle %1 needs %2, which is not in the WMS item master: orders for the bundle cannot go to the warehouse and its stock reads as zero.</source>
        <translation>Zestaw %1 wymaga %2, którego nie ma w kartotece towarów WMS: zamówienia zestawu nie mogą trafić do magazynu, a jego stan wynosi zero.</translation>
    </message>
    <message>
        <source>Bundle %1 needs %2, which are not in the WMS item master: orders for the bundle cannot go to the warehouse and its stock reads as zero.</source>
        <translation>Zestaw %1 wymaga %2, których nie ma w kartotece towarów WMS: zamówienia zestawu nie mogą trafić do magazynu, a jego stan wynosi zero.</translation>
    </message>
    <message>
        <source>Add the component to the WMS item master, or correct the bundle&apos;s kit lines in the WMS.</source>
        <translation>Dodaj składnik do kartoteki WMS lub popraw pozycje kompletu zestawu w WMS.</translation>
    </message>
    <message>
        <source>Order %1 is %2 at the warehouse (%3) since %4 ago, but the storefront still shows it as &quot;%5&quot; (SLA %6 min).</source>
        <translation>Zamówienie %1 ma w magazynie stan %2 (%3) od %4, ale sklep nadal pokazuje je jako „%5” (SLA %6 min).</translation>
    </message>
    <message>
        <source>Check the order in the storefront and mark it completed with the tracking number; retry the shipped message if it failed.</source>
        <translation>Sprawdź zamówienie w sklepie i oznacz je jako zrealizowane z numerem przesyłki; ponów komunikat o wysyłce, jeśli się nie udał.</translation>
    </message>
    <message>
        <source>Cancel the order in the storefront (and refund the customer) to match the warehouse.</source>
        <translation>Anuluj zamówienie w sklepie (i zwróć klientowi pieniądze), tak jak w magazynie.</translation>
    </message>
    <message>
        <source>Order %1 was placed %2 ago and is still &quot;%3&quot; without payment (SLA %4 min); it will not go to the warehouse until it is paid.</source>
        <translation>Zamówienie %1 złożono %2 temu i nadal ma stan „%3” bez płatności (SLA %4 min); nie trafi do magazynu, dopóki nie zostanie opłacone.</translation>
    </message>
    <message>
        <source>Contact the customer about the payment, or cancel the order in the storefront.</source>
        <translation>Skontaktuj się z klientem w sprawie płatności lub anuluj zamówienie w sklepie.</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>brak zapisu</translation>
    </message>
    <message>
        <source>Lockstep has not queued it for the warehouse.</source>
        <translation>Lockstep nie zakolejkował go dla magazynu.</translation>
    </message>
    <message>
        <source>The send to the warehouse was given up after %1 and waits for a retry; last error: %2</source>
        <translation>Wysyłkę do magazynu porzucono po %1 i czeka na ponowienie; ostatni błąd: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n próbie</numerusform>
            <numerusform>%n próbach</numerusform>
            <numerusform>%n próbach</numerusform>
        </translation>
    </message>
    <message>
        <source>It was sent, but the warehouse has not shown it as received.</source>
        <translation>Wysłano je, ale magazyn nie pokazał go jako odebranego.</translation>
    </message>
    <message>
        <source>The send to the warehouse is queued and has not been tried yet.</source>
        <translation>Wysyłka do magazynu jest w kolejce i jeszcze nie była próbowana.</translation>
    </message>
    <message>
        <source>The send to the warehouse has failed %1; last error: %2</source>
        <translation>Wysyłka do magazynu nie powiodła się %1; ostatni błąd: %2</translation>
    </message>
    <message>
        <source>Order %1 was paid %2 ago and the warehouse has not acknowledged it (SLA %3 min). %4</source>
        <translation>Zamówienie %1 opłacono %2 temu, a magazyn go nie potwierdził (SLA %3 min). %4</translation>
    </message>
    <message>
        <source>Check that the warehouse connection is healthy, look the order up at the WMS, then retry the send.</source>
        <translation>Sprawdź połączenie z magazynem, wyszukaj zamówienie w WMS, a potem ponów wysyłkę.</translation>
    </message>
    <message>
        <source>Till return %1 (%2) at store %3</source>
        <translation>Zwrot z kasy %1 (%2) w sklepie %3</translation>
    </message>
    <message>
        <source>%1 was refused by the warehouse: %2. %3 does not know the goods are coming back.</source>
        <translation>%1 został odrzucony przez magazyn: %2. %3 nie wie, że towar wraca.</translation>
    </message>
    <message>
        <source>%1 has not reached the warehouse %2 after Lockstep took it in (SLA %3 min): %4 does not know the goods are coming back. %5</source>
        <translation>%1 nie dotarł do magazynu %2 po przyjęciu przez Lockstep (SLA %3 min): %4 nie wie, że towar wraca. %5</translation>
    </message>
    <message>
        <source>It is queued and has not been tried yet.</source>
        <translation>Jest w kolejce i jeszcze nie był próbowany.</translation>
    </message>
    <message>
        <source>It failed %1; last error: %2</source>
        <translation>Nie powiodło się %1; ostatni błąd: %2</translation>
    </message>
    <message>
        <source>Correct what the warehouse refused (the item, the facility), then retry; or enter the return at the warehouse and acknowledge.</source>
        <translation>Popraw to, co odrzucił magazyn (towar, lokalizację), a potem ponów; albo wprowadź zwrot w magazynie i potwierdź.</translation>
    </message>
    <message>
        <source>Retry: the warehouse is asked whether it already has the return before anything is sent.</source>
        <translation>Ponów: przed wysłaniem magazyn jest pytany, czy już ma zwrot.</translation>
    </message>
    <message>
        <source>fees</source>
        <translation>opłaty</translation>
    </message>
    <message>
        <source>shipping</source>
        <translation>wysyłka</translation>
    </message>
    <message>
        <source>tax</source>
        <translation>podatek</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>rabat</translation>
    </message>
    <message>
        <source>totals</source>
        <translation>sumy</translation>
    </message>
    <message>
        <source>No single part explains the difference.</source>
        <translation>Żadna pojedyncza pozycja nie wyjaśnia różnicy.</translation>
    </message>
    <message>
        <source>The difference matches the %1.</source>
        <translation>Różnica odpowiada pozycji „%1”.</translation>
    </message>
    <message>
        <source>Order %1 is worth %2 in the storefront but %3 at the warehouse (difference %4). Storefront: items %5, discount -%6, shipping %7, tax %8, other %9. %10</source>
        <translation>Zamówienie %1 jest warte %2 w sklepie, a %3 w magazynie (różnica %4). Sklep: towary %5, rabat -%6, wysyłka %7, podatek %8, inne %9. %10</translation>
    </message>
    <message>
        <source>Check how the storefront&apos;s %1 is mapped to the warehouse order; correct the order value in the WMS or acknowledge the difference for finance.</source>
        <translation>Sprawdź, jak pozycja „%1” ze sklepu przechodzi do zlecenia magazynowego; popraw wartość w WMS lub potwierdź różnicę dla księgowości.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 asked %2 to pull the order before the carrier collects it: %3</source>
        <translation>%1 poprosił(a) %2 o wstrzymanie zamówienia, zanim odbierze je przewoźnik: %3</translation>
    </message>
    <message>
        <source>Already at the warehouse as %1 (%2), found before a retry</source>
        <translation>Już w magazynie jako %1 (%2), znalezione przed ponowieniem</translation>
    </message>
    <message>
        <source>Retry asked by %1 (attempt %2)</source>
        <translation>Ponowienie zlecone przez %1 (próba %2)</translation>
    </message>
    <message>
        <source>Retry asked by %1 (attempt %2): still held</source>
        <translation>Ponowienie zlecone przez %1 (próba %2): nadal wstrzymane</translation>
    </message>
    <message>
        <source>%1 chose to send it without SKU %2</source>
        <translation>%1 zdecydował(a) wysłać je bez SKU %2</translation>
    </message>
    <message>
        <source>Both systems read before a retry: %1</source>
        <translation>Oba systemy odczytane przed ponowieniem: %1</translation>
    </message>
    <message>
        <source>Order %1 placed: %2 %3</source>
        <translation>Złożono zamówienie %1: %2 %3</translation>
    </message>
    <message>
        <source>Payment confirmed</source>
        <translation>Płatność potwierdzona</translation>
    </message>
    <message>
        <source>Status changed from %1 to %2</source>
        <translation>Status zmieniony z %1 na %2</translation>
    </message>
    <message>
        <source>Cancelled before it reached the warehouse</source>
        <translation>Anulowane, zanim dotarło do magazynu</translation>
    </message>
    <message>
        <source>Cancellation queued for the warehouse</source>
        <translation>Anulowanie w kolejce do magazynu</translation>
    </message>
    <message>
        <source>Queued for the warehouse at %1</source>
        <translation>W kolejce do magazynu %1</translation>
    </message>
    <message>
        <source>Queued for the warehouse at %1 without %2, as a person chose</source>
        <translation>W kolejce do magazynu %1 bez %2, zgodnie z decyzją osoby</translation>
    </message>
    <message numerus="yes">
        <source>Return of %n unit(s) queued for the warehouse at %1 as customer return %2</source>
        <translation>
            <numerusform>Zwrot %n sztuki w kolejce do magazynu %1 jako zwrot klienta %2</numerusform>
            <numerusform>Zwrot %n sztuk w kolejce do magazynu %1 jako zwrot klienta %2</numerusform>
            <numerusform>Zwrot %n sztuk w kolejce do magazynu %1 jako zwrot klienta %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Already at the warehouse as %1 (%2)</source>
        <translation>Już w magazynie jako %1 (%2)</translation>
    </message>
    <message>
        <source>Received by the warehouse as %1 at %2</source>
        <translation>Przyjęte przez magazyn jako %1 w %2</translation>
    </message>
    <message>
        <source>Already at the warehouse as customer return %1 for %2</source>
        <translation>Już w magazynie jako zwrot klienta %1 dla %2</translation>
    </message>
    <message>
        <source>Received by the warehouse as customer return %1 for %2</source>
        <translation>Przyjęte przez magazyn jako zwrot klienta %1 dla %2</translation>
    </message>
    <message>
        <source>Nothing left to cancel at the warehouse</source>
        <translation>W magazynie nie ma już czego anulować</translation>
    </message>
    <message>
        <source>Cancelled at the warehouse</source>
        <translation>Anulowane w magazynie</translation>
    </message>
    <message>
        <source>Customer told: shipped with %1, tracking %2</source>
        <translation>Klient powiadomiony: wysłano przez %1, numer przesyłki %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Label printed for %1, tracking %2</source>
        <translation>Wydrukowano etykietę dla %1, numer przesyłki %2</translation>
    </message>
    <message>
        <source>Packed at %1, waiting for %2 to collect</source>
        <translation>Spakowane w %1, czeka na odbiór przez %2</translation>
    </message>
    <message>
        <source>Collected by %1, tracking %2</source>
        <translation>Odebrane przez %1, numer przesyłki %2</translation>
    </message>
    <message>
        <source>In transit with %1, tracking %2</source>
        <translation>W drodze z %1, numer przesyłki %2</translation>
    </message>
    <message>
        <source>Delivered by %1, tracking %2</source>
        <translation>Doręczone przez %1, numer przesyłki %2</translation>
    </message>
    <message>
        <source>Label voided for %1, tracking %2</source>
        <translation>Etykieta dla %1 unieważniona, numer przesyłki %2</translation>
    </message>
    <message>
        <source>The storefront shows the stock Lockstep pushed</source>
        <translation>Sklep pokazuje stan wysłany przez Lockstep</translation>
    </message>
    <message>
        <source>Each SKU is on one listing of its own</source>
        <translation>Każde SKU ma własną ofertę</translation>
    </message>
    <message>
        <source>Sent to the warehouse at %1</source>
        <translation>Wysłane do magazynu %1</translation>
    </message>
    <message>
        <source>No longer pending: acknowledged by the warehouse, paid, or closed</source>
        <translation>Już nie oczekuje: potwierdzone przez magazyn, opłacone lub zamknięte</translation>
    </message>
    <message>
        <source>The warehouse has customer return %1</source>
        <translation>Magazyn ma zwrot klienta %1</translation>
    </message>
    <message>
        <source>The storefront now knows it shipped</source>
        <translation>Sklep wie już, że wysłano</translation>
    </message>
    <message>
        <source>Storefront and warehouse totals agree</source>
        <translation>Sumy sklepu i magazynu się zgadzają</translation>
    </message>
    <message>
        <source>The warehouse has the customer return</source>
        <translation>Magazyn ma zwrot klienta</translation>
    </message>
    <message>
        <source>The storefront was told it shipped</source>
        <translation>Sklep został powiadomiony o wysyłce</translation>
    </message>
    <message>
        <source>Every component is in the item master</source>
        <translation>Każdy składnik jest w kartotece towarów</translation>
    </message>
    <message>
        <source>Cancelled in the storefront</source>
        <translation>Anulowane w sklepie</translation>
    </message>
    <message>
        <source>Every checkout field of the order is mapped</source>
        <translation>Każde pole zamówienia jest zmapowane</translation>
    </message>
    <message>
        <source>Allocated at the warehouse (%1)</source>
        <translation>Przydzielone w magazynie (%1)</translation>
    </message>
    <message>
        <source>The warehouse pulled the order and cancelled it, as asked</source>
        <translation>Magazyn wstrzymał zamówienie i je anulował, zgodnie z prośbą</translation>
    </message>
    <message>
        <source>The warehouse cancelled the order after all</source>
        <translation>Magazyn jednak anulował zamówienie</translation>
    </message>
    <message>
        <source>Exception %1 is not changed by this action.</source>
        <translation>Ta czynność nie zmienia wyjątku %1.</translation>
    </message>
    <message>
        <source>Till sale %1 at store %2 cannot be taken off the store&apos;s stock at the warehouse: SKU %3 is not in the WMS item master.</source>
        <translation>Sprzedaży kasowej %1 w sklepie %2 nie można odjąć od stanu sklepu w magazynie: SKU %3 nie ma w kartotece artykułów WMS.</translation>
    </message>
    <message>
        <source>Till sale %1 (%2) at store %3</source>
        <translation>Sprzedaż kasowa %1 (%2) w sklepie %3</translation>
    </message>
    <message>
        <source>%1 was refused by the warehouse: %2. %3 still counts the sold units as the store&apos;s stock.</source>
        <translation>%1 została odrzucona przez magazyn: %2. %3 nadal liczy sprzedane sztuki jako stan sklepu.</translation>
    </message>
    <message>
        <source>%1 has not been taken off the stock of %2 at the warehouse %3 after Lockstep took it in (SLA %4 min). %5</source>
        <translation>%1 nie została odjęta od stanu %2 w magazynie przez %3 od przyjęcia przez Lockstep (SLA %4 min). %5</translation>
    </message>
    <message>
        <source>Set up what the warehouse refused (the item, the store&apos;s facility or its sales floor location), then retry; or correct the store&apos;s stock at the warehouse and acknowledge.</source>
        <translation>Utwórz to, co magazyn odrzucił (artykuł, obiekt sklepu lub jego lokalizację sali sprzedaży), i ponów; albo popraw stan sklepu w magazynie i potwierdź.</translation>
    </message>
    <message>
        <source>Retry: the warehouse is asked how often it already holds each move before anything is sent.</source>
        <translation>Ponów: magazyn jest pytany, ile razy ma już każdy ruch, zanim cokolwiek zostanie wysłane.</translation>
    </message>
    <message>
        <source>The warehouse took %1 of %2 off the stock of %3 %4 for till sale %5 at store %6, which Lockstep sent once: the store&apos;s stock at the warehouse is %7 too low, and the next push lowers the till&apos;s count with it.</source>
        <translation>Magazyn odjął %1 %2 od stanu %3 %4 za sprzedaż kasową %5 w sklepie %6, którą Lockstep wysłał raz: stan sklepu w magazynie jest za niski o %7, a następne przesłanie obniży z nim stan kasy.</translation>
    </message>
    <message>
        <source>Put the units back on the store&apos;s stock at the warehouse (an inventory adjustment), find what replays the moves (a proxy or a second integration), then acknowledge.</source>
        <translation>Przywróć sztuki na stan sklepu w magazynie (korekta stanu), znajdź, co powtarza ruchy (proxy lub druga integracja), a potem potwierdź.</translation>
    </message>
    <message numerus="yes">
        <source>Sale of %n unit(s) queued to leave the stock of %1 at the warehouse</source>
        <translation>
            <numerusform>Sprzedaż %n sztuki w kolejce do odjęcia od stanu %1 w magazynie</numerusform>
            <numerusform>Sprzedaż %n sztuk w kolejce do odjęcia od stanu %1 w magazynie</numerusform>
            <numerusform>Sprzedaż %n sztuk w kolejce do odjęcia od stanu %1 w magazynie</numerusform>
        </translation>
    </message>
    <message>
        <source>Already off the stock of %1 at the warehouse</source>
        <translation>Już odjęta od stanu %1 w magazynie</translation>
    </message>
    <message>
        <source>Taken off the stock of %1 at the warehouse</source>
        <translation>Odjęta od stanu %1 w magazynie</translation>
    </message>
    <message>
        <source>The warehouse has taken the sale off the store&apos;s stock</source>
        <translation>Magazyn odjął sprzedaż od stanu sklepu</translation>
    </message>
    <message>
        <source>The warehouse had already taken the sale off the store&apos;s stock: nothing was sent twice.</source>
        <translation>Magazyn już odjął sprzedaż od stanu sklepu: nic nie wysłano dwa razy.</translation>
    </message>
    <message>
        <source>The warehouse has taken the sale off the store&apos;s stock.</source>
        <translation>Magazyn odjął sprzedaż od stanu sklepu.</translation>
    </message>
    <message>
        <source>The engine could not read the request: %1</source>
        <translation>Silnik nie mógł odczytać żądania: %1</translation>
    </message>
</context>
<context>
    <name>OrderText</name>
    <message>
        <source>unknown time</source>
        <translation>nieznany czas</translation>
    </message>
    <message>
        <source>the warehouse</source>
        <translation>magazyn</translation>
    </message>
    <message>
        <source>Placed, waiting for payment (%1)</source>
        <translation>Złożone, czeka na płatność (%1)</translation>
    </message>
    <message>
        <source>Payment failed in the storefront</source>
        <translation>Płatność w sklepie nie powiodła się</translation>
    </message>
    <message>
        <source>Paid, waiting for the warehouse to acknowledge (%1)</source>
        <translation>Opłacone, czeka na przyjęcie przez magazyn (%1)</translation>
    </message>
    <message>
        <source>At %1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>On hold at %1 (%2)</source>
        <translation>Wstrzymane (%1, %2)</translation>
    </message>
    <message numerus="yes">
        <source>At %1: %2, %3 of %n units short</source>
        <translation>
            <numerusform>%1: %2, brakuje %3 z %n szt.</numerusform>
            <numerusform>%1: %2, brakuje %3 z %n szt.</numerusform>
            <numerusform>%1: %2, brakuje %3 z %n szt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Being picked at %1</source>
        <translation>W kompletacji (%1)</translation>
    </message>
    <message>
        <source>Picked at %1, waiting for carrier collection (%2)</source>
        <translation>Skompletowane (%1), czeka na odbiór przez przewoźnika (%2)</translation>
    </message>
    <message>
        <source>Partly shipped with %1 %2, collected %3; the rest is still at %4</source>
        <translation>Wysłane częściowo przez %1 %2, odebrane %3; reszta jest nadal w magazynie (%4)</translation>
    </message>
    <message>
        <source>Shipped with %1 %2, collected %3</source>
        <translation>Wysłane przez %1 %2, odebrane %3</translation>
    </message>
    <message>
        <source>Delivered by %1 %2</source>
        <translation>Doręczone przez %1 %2</translation>
    </message>
    <message>
        <source>Cancelled in the storefront; the warehouse had not started</source>
        <translation>Anulowane w sklepie; magazyn nie rozpoczął realizacji</translation>
    </message>
    <message>
        <source>Cancelled in the storefront after the warehouse cutoff (%1 at %2)</source>
        <translation>Anulowane w sklepie po godzinie granicznej magazynu (%1, %2)</translation>
    </message>
    <message>
        <source>Cancelled by the warehouse</source>
        <translation>Anulowane przez magazyn</translation>
    </message>
    <message>
        <source>Refunded in the storefront</source>
        <translation>Zwrot środków w sklepie</translation>
    </message>
    <message>
        <source>We are waiting for your payment to be confirmed.</source>
        <translation>Czekamy na potwierdzenie Twojej płatności.</translation>
    </message>
    <message>
        <source>Your payment did not go through.</source>
        <translation>Twoja płatność nie została zrealizowana.</translation>
    </message>
    <message>
        <source>Your payment is confirmed and your order is being prepared in our warehouse.</source>
        <translation>Twoja płatność została potwierdzona, a zamówienie jest przygotowywane w naszym magazynie.</translation>
    </message>
    <message numerus="yes">
        <source>Part of your order is waiting for new stock (units on back order: %n).</source>
        <translation>
            <numerusform>Część Twojego zamówienia czeka na dostawę towaru (brakuje %n sztuki).</numerusform>
            <numerusform>Część Twojego zamówienia czeka na dostawę towaru (brakuje %n sztuk).</numerusform>
            <numerusform>Część Twojego zamówienia czeka na dostawę towaru (brakuje %n sztuk).</numerusform>
        </translation>
    </message>
    <message>
        <source>Your order is being picked in our warehouse.</source>
        <translation>Twoje zamówienie jest kompletowane w naszym magazynie.</translation>
    </message>
    <message>
        <source>Your order is packed and waiting for the carrier to collect it.</source>
        <translation>Twoje zamówienie jest spakowane i czeka na odbiór przez przewoźnika.</translation>
    </message>
    <message>
        <source>Part of your order has shipped with %1; the rest will follow.</source>
        <translation>Część Twojego zamówienia została wysłana przez %1; reszta zostanie dosłana.</translation>
    </message>
    <message>
        <source>Your order has shipped with %1.</source>
        <translation>Twoje zamówienie zostało wysłane przez %1.</translation>
    </message>
    <message>
        <source>Your order has been delivered by %1.</source>
        <translation>Twoje zamówienie zostało doręczone przez %1.</translation>
    </message>
    <message>
        <source>Your order has been cancelled.</source>
        <translation>Twoje zamówienie zostało anulowane.</translation>
    </message>
    <message>
        <source>Your cancellation reached us after your order had started to be prepared in our warehouse.</source>
        <translation>Twoja prośba o anulowanie dotarła do nas, gdy zamówienie było już przygotowywane w naszym magazynie.</translation>
    </message>
    <message>
        <source>Your order has been refunded.</source>
        <translation>Środki za Twoje zamówienie zostały zwrócone.</translation>
    </message>
    <message>
        <source>Order placed</source>
        <translation>Zamówienie złożone</translation>
    </message>
    <message>
        <source>Payment confirmed</source>
        <translation>Płatność potwierdzona</translation>
    </message>
    <message>
        <source>Storefront status changed</source>
        <translation>Zmiana statusu w sklepie</translation>
    </message>
    <message>
        <source>Cancelled in the storefront</source>
        <translation>Anulowane w sklepie</translation>
    </message>
    <message>
        <source>Marked as shipped in the storefront</source>
        <translation>Oznaczone w sklepie jako wysłane</translation>
    </message>
    <message>
        <source>Sent to the warehouse</source>
        <translation>Przekazane do magazynu</translation>
    </message>
    <message>
        <source>Cancellation sent to the warehouse</source>
        <translation>Anulowanie przekazane do magazynu</translation>
    </message>
    <message>
        <source>Warehouse order withdrawn before sending</source>
        <translation>Zlecenie magazynowe wycofane przed wysłaniem</translation>
    </message>
    <message>
        <source>Acknowledged by the warehouse</source>
        <translation>Przyjęte przez magazyn</translation>
    </message>
    <message>
        <source>Warehouse status</source>
        <translation>Status w magazynie</translation>
    </message>
    <message>
        <source>Stock allocated</source>
        <translation>Towar zarezerwowany</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>Skompletowane</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Spakowane</translation>
    </message>
    <message>
        <source>Shipped from the warehouse</source>
        <translation>Wysłane z magazynu</translation>
    </message>
    <message>
        <source>Collected by the carrier</source>
        <translation>Odebrane przez przewoźnika</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>W drodze</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Doręczone</translation>
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
        <translation>Kasa (POS)</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Magazyn</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Przewoźnik</translation>
    </message>
    <message>
        <source>Lockstep</source>
        <translation>Lockstep</translation>
    </message>
    <message>
        <source>Order %1, placed %2</source>
        <translation>Zamówienie %1, złożone %2</translation>
    </message>
    <message>
        <source>Payment confirmed: %1</source>
        <translation>Płatność potwierdzona: %1</translation>
    </message>
    <message>
        <source>Shipped with %1 on %2, tracking number %3</source>
        <translation>Wysłane przez %1 dnia %2, numer przesyłki %3</translation>
    </message>
    <message>
        <source>Track the parcel: %1</source>
        <translation>Śledź przesyłkę: %1</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>Produkty:</translation>
    </message>
    <message>
        <source>  %1 × %2</source>
        <translation>  %1 × %2</translation>
    </message>
    <message>
        <source>Customer told it shipped</source>
        <translation>Klient powiadomiony o wysyłce</translation>
    </message>
    <message>
        <source>Retry asked</source>
        <translation>Zlecono ponowienie</translation>
    </message>
    <message>
        <source>Both systems checked</source>
        <translation>Sprawdzono oba systemy</translation>
    </message>
    <message>
        <source>Shipment update</source>
        <translation>Aktualizacja przesyłki</translation>
    </message>
    <message>
        <source>Cancelled at the warehouse</source>
        <translation>Anulowane w magazynie</translation>
    </message>
    <message>
        <source>A line left out of the warehouse order</source>
        <translation>Pozycja pominięta w zamówieniu magazynowym</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentarz</translation>
    </message>
    <message>
        <source>Warehouse asked to intercept</source>
        <translation>Poproszono magazyn o zatrzymanie</translation>
    </message>
</context>
<context>
    <name>SelfTestText</name>
    <message>
        <source>Database</source>
        <translation>Baza danych</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Pęk kluczy</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguracja</translation>
    </message>
    <message>
        <source>Connection to the warehouse (Deposco)</source>
        <translation>Połączenie z magazynem (Deposco)</translation>
    </message>
    <message>
        <source>Connection to WooCommerce</source>
        <translation>Połączenie z WooCommerce</translation>
    </message>
    <message>
        <source>Connection to commercetools</source>
        <translation>Połączenie z commercetools</translation>
    </message>
    <message>
        <source>Connection to %1</source>
        <translation>Połączenie: %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Błąd</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Niepotrzebne</translation>
    </message>
    <message>
        <source>No secret of this configuration is kept in the keychain, and it does not answer here.</source>
        <translation>Żaden sekret tej konfiguracji nie jest przechowywany w pęku kluczy, a pęk kluczy tutaj nie odpowiada.</translation>
    </message>
    <message>
        <source>The database file cannot be opened or created.</source>
        <translation>Nie można otworzyć ani utworzyć pliku bazy danych.</translation>
    </message>
    <message>
        <source>The database was written by a newer version of Lockstep.</source>
        <translation>Baza danych została zapisana przez nowszą wersję Lockstep.</translation>
    </message>
    <message>
        <source>The database&apos;s schema is not the one this version uses.</source>
        <translation>Schemat bazy danych nie jest tym, którego używa ta wersja.</translation>
    </message>
    <message>
        <source>The database opens, but refuses to be written.</source>
        <translation>Baza danych otwiera się, ale nie pozwala na zapis.</translation>
    </message>
    <message>
        <source>The operating system&apos;s keychain does not answer.</source>
        <translation>Pęk kluczy systemu operacyjnego nie odpowiada.</translation>
    </message>
    <message>
        <source>A secret the configuration names is not in the keychain.</source>
        <translation>Sekretu wskazanego w konfiguracji nie ma w pęku kluczy.</translation>
    </message>
    <message>
        <source>A secret of this connection cannot be read.</source>
        <translation>Nie można odczytać sekretu tego połączenia.</translation>
    </message>
    <message>
        <source>No configuration was given, so no system can be checked.</source>
        <translation>Nie podano konfiguracji, więc nie można sprawdzić żadnego systemu.</translation>
    </message>
    <message>
        <source>The configuration file does not exist or cannot be read.</source>
        <translation>Plik konfiguracji nie istnieje lub nie można go odczytać.</translation>
    </message>
    <message>
        <source>The configuration has mistakes.</source>
        <translation>Konfiguracja zawiera błędy.</translation>
    </message>
    <message>
        <source>The address cannot be used.</source>
        <translation>Nie można użyć tego adresu.</translation>
    </message>
    <message>
        <source>No connection could be made.</source>
        <translation>Nie udało się nawiązać połączenia.</translation>
    </message>
    <message>
        <source>The system did not answer in time.</source>
        <translation>System nie odpowiedział na czas.</translation>
    </message>
    <message>
        <source>The secure connection failed (certificate or TLS).</source>
        <translation>Bezpieczne połączenie nie powiodło się (certyfikat lub TLS).</translation>
    </message>
    <message>
        <source>The system refused the credentials (HTTP %1).</source>
        <translation>System odrzucił dane uwierzytelniające (HTTP %1).</translation>
    </message>
    <message>
        <source>The address answers, but not as this system&apos;s API (HTTP 404).</source>
        <translation>Adres odpowiada, ale nie jako API tego systemu (HTTP 404).</translation>
    </message>
    <message>
        <source>The system asks Lockstep to slow down (HTTP 429).</source>
        <translation>System prosi Lockstep o zmniejszenie liczby zapytań (HTTP 429).</translation>
    </message>
    <message>
        <source>The system answers with a server error (HTTP %1).</source>
        <translation>System odpowiada błędem serwera (HTTP %1).</translation>
    </message>
    <message>
        <source>The system refused the request (HTTP %1).</source>
        <translation>System odrzucił żądanie (HTTP %1).</translation>
    </message>
    <message>
        <source>The address answers with something other than the API (a web page?).</source>
        <translation>Pod adresem odpowiada coś innego niż API (strona internetowa?).</translation>
    </message>
    <message>
        <source>Choose a file in a folder you can write to (--db FILE), or make the folder writable.</source>
        <translation>Wybierz plik w folderze, do którego możesz zapisywać (--db FILE), lub nadaj folderowi prawo zapisu.</translation>
    </message>
    <message>
        <source>Install that version of Lockstep (or a newer one), or use another database file.</source>
        <translation>Zainstaluj tę wersję Lockstep (lub nowszą) albo użyj innego pliku bazy danych.</translation>
    </message>
    <message>
        <source>Open the database once with this version (lockstep --headless --once), or restore a backup.</source>
        <translation>Otwórz bazę danych raz w tej wersji (lockstep --headless --once) lub przywróć kopię zapasową.</translation>
    </message>
    <message>
        <source>Make the file and its folder writable, free some disk space, or close the other program using it.</source>
        <translation>Nadaj plikowi i jego folderowi prawo zapisu, zwolnij miejsce na dysku lub zamknij inny program, który go używa.</translation>
    </message>
    <message>
        <source>Unlock the keychain (Windows Credential Manager, GNOME Keyring or KWallet) and try again; on a server without one, name environment variables for the secrets instead.</source>
        <translation>Odblokuj pęk kluczy (Menedżer poświadczeń Windows, GNOME Keyring lub KWallet) i spróbuj ponownie; na serwerze bez pęku kluczy wskaż zamiast tego zmienne środowiskowe dla sekretów.</translation>
    </message>
    <message>
        <source>Store it with: lockstep secret set %1 (the secret is read from standard input).</source>
        <translation>Zapisz go poleceniem: lockstep secret set %1 (sekret jest odczytywany ze standardowego wejścia).</translation>
    </message>
    <message>
        <source>Set the environment variable or keychain entry named in the detail, then try again.</source>
        <translation>Ustaw zmienną środowiskową lub wpis w pęku kluczy wskazany w szczegółach, a następnie spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Give the configuration file with --config FILE, or try the sandbox with --demo.</source>
        <translation>Podaj plik konfiguracji przez --config FILE lub wypróbuj piaskownicę przez --demo.</translation>
    </message>
    <message>
        <source>Check the path of the configuration file.</source>
        <translation>Sprawdź ścieżkę pliku konfiguracji.</translation>
    </message>
    <message>
        <source>Correct each field named in the detail.</source>
        <translation>Popraw każde pole wskazane w szczegółach.</translation>
    </message>
    <message>
        <source>Give the full address in the configuration, starting with https://.</source>
        <translation>Podaj w konfiguracji pełny adres zaczynający się od https://.</translation>
    </message>
    <message>
        <source>Check the address in the configuration, that the system is up, and that no firewall or proxy blocks it.</source>
        <translation>Sprawdź adres w konfiguracji, czy system działa i czy nie blokuje go zapora ani serwer proxy.</translation>
    </message>
    <message>
        <source>Check that the system is up and reachable from this computer, then try again.</source>
        <translation>Sprawdź, czy system działa i jest osiągalny z tego komputera, a następnie spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Check the address and the system&apos;s certificate; behind a company proxy, its certificate may need installing.</source>
        <translation>Sprawdź adres i certyfikat systemu; za firmowym serwerem proxy może być potrzebna instalacja jego certyfikatu.</translation>
    </message>
    <message>
        <source>Check the key and secret and their permissions; store new ones with lockstep secret set ENTRY.</source>
        <translation>Sprawdź klucz i sekret oraz ich uprawnienia; nowe zapisz poleceniem lockstep secret set ENTRY.</translation>
    </message>
    <message>
        <source>Check the address in the configuration (and the project key or business unit).</source>
        <translation>Sprawdź adres w konfiguracji (oraz klucz projektu lub jednostkę biznesową).</translation>
    </message>
    <message>
        <source>Wait a few minutes and run the self-test again.</source>
        <translation>Odczekaj kilka minut i ponownie uruchom autotest.</translation>
    </message>
    <message>
        <source>The fault is on the system&apos;s side: try again later, or ask its administrator.</source>
        <translation>Błąd leży po stronie systemu: spróbuj ponownie później lub zwróć się do jego administratora.</translation>
    </message>
    <message>
        <source>Check the connection settings named in the detail (business unit, project key, permissions).</source>
        <translation>Sprawdź ustawienia połączenia wskazane w szczegółach (jednostka biznesowa, klucz projektu, uprawnienia).</translation>
    </message>
    <message>
        <source>Give the API&apos;s address, not a web page or a sign-in page.</source>
        <translation>Podaj adres API, a nie strony internetowej ani strony logowania.</translation>
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
        <translation>%1 Rozwiązanie: %2</translation>
    </message>
    <message>
        <source>The database file is damaged: parts of it are not what SQLite wrote.</source>
        <translation>Plik bazy danych jest uszkodzony: części pliku nie są tym, co zapisał SQLite.</translation>
    </message>
    <message>
        <source>Restore the file from a backup (stop Lockstep first), or move it aside and let Lockstep start a new one; permissions will not repair it.</source>
        <translation>Przywróć plik z kopii zapasowej (najpierw zatrzymaj Lockstep) albo odłóż go na bok i pozwól Lockstep utworzyć nowy; uprawnienia go nie naprawią.</translation>
    </message>
    <message>
        <source>The store answered as if no credentials were sent: the web server in front of it drops the Authorization header (HTTP 401).</source>
        <translation>Sklep odpowiedział tak, jakby nie wysłano danych logowania: serwer WWW przed nim usuwa nagłówek Authorization (HTTP 401).</translation>
    </message>
    <message>
        <source>Set &quot;auth&quot;: &quot;query_string&quot; for this storefront in the configuration (HTTPS only), or have the host pass the Authorization header on.</source>
        <translation>Ustaw &quot;auth&quot;: &quot;query_string&quot; dla tego sklepu w konfiguracji (tylko HTTPS) albo poproś dostawcę hostingu o przekazywanie nagłówka Authorization.</translation>
    </message>
    <message>
        <source>Connection to the store tills (Square)</source>
        <translation>Połączenie z kasami sklepowymi (Square)</translation>
    </message>
</context>
<context>
    <name>db</name>
    <message>
        <source>Migrates or checks a store: a SQLite file, or a team&apos;s PostgreSQL database (postgresql://USER@HOST/DB).</source>
        <translation>Migruje lub sprawdza magazyn danych: plik SQLite albo bazę PostgreSQL zespołu (postgresql://UŻYTKOWNIK@HOST/BAZA).</translation>
    </message>
    <message>
        <source>The db command.</source>
        <translation>Polecenie db.</translation>
    </message>
    <message>
        <source>migrate or check.</source>
        <translation>migrate lub check.</translation>
    </message>
    <message>
        <source>The store: a file, or a postgresql:// URL (default: %1).</source>
        <translation>Magazyn danych: plik albo adres postgresql:// (domyślnie: %1).</translation>
    </message>
    <message>
        <source>usage: lockstep db migrate|check [--db URL|FILE]</source>
        <translation>użycie: lockstep db migrate|check [--db URL|PLIK]</translation>
    </message>
    <message>
        <source>lockstep: cannot migrate %1: %2</source>
        <translation>lockstep: nie można zmigrować %1: %2</translation>
    </message>
    <message>
        <source>lockstep: %1 is at schema %2.</source>
        <translation>lockstep: %1 ma schemat %2.</translation>
    </message>
    <message>
        <source>lockstep: cannot use %1: %2</source>
        <translation>lockstep: nie można użyć %1: %2</translation>
    </message>
    <message>
        <source>lockstep: %1: SQLite file, schema %2, sound.</source>
        <translation>lockstep: %1: plik SQLite, schemat %2, nieuszkodzony.</translation>
    </message>
    <message>
        <source>lockstep: %1: %2</source>
        <translation>lockstep: %1: %2</translation>
    </message>
    <message>
        <source>lockstep: problem: %1</source>
        <translation>lockstep: problem: %1</translation>
    </message>
</context>
<context>
    <name>exceptions</name>
    <message numerus="yes">
        <source>%n exception(s)</source>
        <translation>
            <numerusform>%n wyjątek</numerusform>
            <numerusform>%n wyjątki</numerusform>
            <numerusform>%n wyjątków</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lockstep::app</name>
    <message>
        <source>unknown exception type &quot;%1&quot;</source>
        <translation>nieznany typ wyjątku „%1”</translation>
    </message>
    <message>
        <source>unknown state &quot;%1&quot; (open, acknowledged, resolved)</source>
        <translation>nieznany stan „%1” (open, acknowledged, resolved)</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation>--limit wymaga liczby dodatniej</translation>
    </message>
    <message>
        <source>cannot read the exceptions: %1</source>
        <translation>nie można odczytać wyjątków: %1</translation>
    </message>
    <message>
        <source>give at least one exception ID</source>
        <translation>podaj co najmniej jeden identyfikator wyjątku</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an exception ID</source>
        <translation>„%1” nie jest identyfikatorem wyjątku</translation>
    </message>
    <message>
        <source>%1 The running engine sends it on its next run (or run lockstep --headless --once).</source>
        <translation>%1 Działający silnik wyśle to przy następnym przebiegu (lub uruchom lockstep --headless --once).</translation>
    </message>
    <message>
        <source>exception %1: done. %2</source>
        <translation>wyjątek %1: wykonano. %2</translation>
    </message>
    <message>
        <source>exception %1: refused. %2</source>
        <translation>wyjątek %1: odrzucono. %2</translation>
    </message>
    <message>
        <source>cannot look the order up: %1</source>
        <translation>nie można wyszukać zamówienia: %1</translation>
    </message>
    <message>
        <source>lockstep: no order matches &quot;%1&quot; (number, email or tracking number).</source>
        <translation>lockstep: żadne zamówienie nie pasuje do „%1” (numer, e-mail lub numer przesyłki).</translation>
    </message>
    <message>
        <source>cannot read the history of order %1</source>
        <translation>nie można odczytać historii zamówienia %1</translation>
    </message>
    <message>
        <source>Order %1 (%2, %3 %4): %5</source>
        <translation>Zamówienie %1 (%2, %3 %4): %5</translation>
    </message>
    <message>
        <source>  exception %1 (%2, %3): %4</source>
        <translation>  wyjątek %1 (%2, %3): %4</translation>
    </message>
    <message>
        <source>Shows an order&apos;s lifecycle and its exceptions, found by number, email or tracking number.</source>
        <translation>Pokazuje cykl życia zamówienia i jego wyjątki; zamówienie wyszukuje się po numerze, adresie e-mail lub numerze przesyłki.</translation>
    </message>
    <message>
        <source>Lists and acts on exceptions: list, retry ID..., ack ID... --note TEXT [--kind K].</source>
        <translation>Wyświetla wyjątki i wykonuje na nich działania: list, retry ID..., ack ID... --note TEXT [--kind K].</translation>
    </message>
    <message>
        <source>Only exceptions of TYPE (e.g. sku_mismatch).</source>
        <translation>Tylko wyjątki typu TYPE (np. sku_mismatch).</translation>
    </message>
    <message>
        <source>Only exceptions in STATE (open, acknowledged, resolved).</source>
        <translation>Tylko wyjątki w stanie STATE (open, acknowledged, resolved).</translation>
    </message>
    <message>
        <source>At most N exceptions (default 1000).</source>
        <translation>Najwyżej N wyjątków (domyślnie 1000).</translation>
    </message>
    <message>
        <source>What was done (required to acknowledge).</source>
        <translation>Co zostało zrobione (wymagane do potwierdzenia).</translation>
    </message>
    <message>
        <source>How it was resolved: %1 (default other).</source>
        <translation>Sposób rozwiązania: %1 (domyślnie other).</translation>
    </message>
    <message>
        <source>The engine&apos;s configuration FILE, so that orders never queued can be decided again.</source>
        <translation>Plik konfiguracji FILE silnika, aby zamówienia, które nigdy nie trafiły do kolejki, mogły zostać ponownie rozpatrzone.</translation>
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
        <translation>użycie: lockstep lookup ORDER [--json] [--db FILE]</translation>
    </message>
    <message>
        <source>usage: lockstep exceptions list|retry|ack ... (see --help)</source>
        <translation>użycie: lockstep exceptions list|retry|ack ... (zob. --help)</translation>
    </message>
    <message>
        <source>exceptions ack needs --note TEXT saying what was done</source>
        <translation>exceptions ack wymaga --note TEXT z opisem tego, co zostało zrobione</translation>
    </message>
    <message>
        <source>unknown --kind &quot;%1&quot;; one of %2</source>
        <translation>nieznany --kind „%1”; dozwolone: %2</translation>
    </message>
    <message>
        <source>lockstep: configuration %1: %2</source>
        <translation>lockstep: konfiguracja %1: %2</translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>nie można otworzyć bazy danych %1: %2</translation>
    </message>
    <message>
        <source>Write JSON to stdout.</source>
        <translation>Wypisz JSON na stdout.</translation>
    </message>
    <message>
        <source>Writes a finance report to a CSV or XLSX file (atomically, with a manifest beside it): discrepancies, reconciliation, exceptions or audit.</source>
        <translation>Zapisuje raport finansowy do pliku CSV lub XLSX (atomowo, z manifestem obok): discrepancies, reconciliation, exceptions lub audit.</translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD (UTC), today or yesterday.</source>
        <translation>Pierwszy dzień: YYYY-MM-DD (UTC), today lub yesterday.</translation>
    </message>
    <message>
        <source>Last day, included, like --from.</source>
        <translation>Ostatni dzień (włącznie), jak w --from.</translation>
    </message>
    <message>
        <source>csv or xlsx (default: from the file name).</source>
        <translation>csv lub xlsx (domyślnie: na podstawie nazwy pliku).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Plik do zapisania.</translation>
    </message>
    <message>
        <source>discrepancies: only these kinds, comma-separated (totals_mismatch, shipped_not_confirmed, cancelled_but_shipped, refunded_without_return, stock_drift).</source>
        <translation>discrepancies: tylko te rodzaje, rozdzielone przecinkami (totals_mismatch, shipped_not_confirmed, cancelled_but_shipped, refunded_without_return, stock_drift).</translation>
    </message>
    <message>
        <source>reconciliation: one storefront (woocommerce, commercetools).</source>
        <translation>reconciliation: jeden sklep (woocommerce, commercetools).</translation>
    </message>
    <message>
        <source>reconciliation: instead of the days, the orders behind them that count in BUCKET (sales, shipped, cancelled, refunded, difference).</source>
        <translation>reconciliation: zamiast dni – stojące za nimi zamówienia liczone w BUCKET (sales, shipped, cancelled, refunded, difference).</translation>
    </message>
    <message>
        <source>reconciliation with --orders-in: only orders in this currency.</source>
        <translation>reconciliation z --orders-in: tylko zamówienia w tej walucie.</translation>
    </message>
    <message>
        <source>exceptions: one type (e.g. totals_mismatch).</source>
        <translation>exceptions: jeden typ (np. totals_mismatch).</translation>
    </message>
    <message>
        <source>exceptions: one state (open, acknowledged, resolved).</source>
        <translation>exceptions: jeden stan (open, acknowledged, resolved).</translation>
    </message>
    <message>
        <source>audit: actor, action or subject contains TEXT.</source>
        <translation>audit: osoba, działanie lub obiekt zawiera TEXT.</translation>
    </message>
    <message>
        <source>Only these columns of the report, comma-separated header names.</source>
        <translation>Tylko te kolumny raportu; nazwy nagłówków rozdzielone przecinkami.</translation>
    </message>
    <message>
        <source>discrepancies | reconciliation | exceptions | audit</source>
        <translation>discrepancies | reconciliation | exceptions | audit</translation>
    </message>
    <message>
        <source>usage: lockstep export discrepancies|reconciliation|exceptions|audit --from DATE --to DATE --format csv|xlsx --out FILE [--db FILE] (see --help)</source>
        <translation>użycie: lockstep export discrepancies|reconciliation|exceptions|audit --from DATE --to DATE --format csv|xlsx --out FILE [--db FILE] (zob. --help)</translation>
    </message>
    <message>
        <source>unknown report &quot;%1&quot;
%2</source>
        <translation>nieznany raport „%1”
%2</translation>
    </message>
    <message>
        <source>--from DATE and --to DATE are both needed
%1</source>
        <translation>potrzebne są zarówno --from DATE, jak i --to DATE
%1</translation>
    </message>
    <message>
        <source>--from &quot;%1&quot; is not a date (YYYY-MM-DD, today or yesterday)</source>
        <translation>--from „%1” nie jest datą (YYYY-MM-DD, today lub yesterday)</translation>
    </message>
    <message>
        <source>--to &quot;%1&quot; is not a date (YYYY-MM-DD, today or yesterday)</source>
        <translation>--to „%1” nie jest datą (YYYY-MM-DD, today lub yesterday)</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 jest późniejsze niż --to %2</translation>
    </message>
    <message>
        <source>--out FILE is needed
%1</source>
        <translation>potrzebne jest --out FILE
%1</translation>
    </message>
    <message>
        <source>--format must be csv or xlsx (got &quot;%1&quot;)</source>
        <translation>--format musi mieć wartość csv lub xlsx (podano „%1”)</translation>
    </message>
    <message>
        <source>unknown discrepancy kind &quot;%1&quot;</source>
        <translation>nieznany rodzaj rozbieżności „%1”</translation>
    </message>
    <message>
        <source>--orders-in is for the reconciliation report</source>
        <translation>--orders-in dotyczy raportu reconciliation</translation>
    </message>
    <message>
        <source>--orders-in must be sales, shipped, cancelled, refunded or difference</source>
        <translation>--orders-in musi mieć wartość sales, shipped, cancelled, refunded lub difference</translation>
    </message>
    <message>
        <source>the %1 report has no column &quot;%2&quot;; its columns: %3</source>
        <translation>raport %1 nie ma kolumny „%2”; jego kolumny: %3</translation>
    </message>
    <message>
        <source>no database at %1</source>
        <translation>brak bazy danych w %1</translation>
    </message>
    <message>
        <source>cannot open the database: %1</source>
        <translation>nie można otworzyć bazy danych: %1</translation>
    </message>
    <message>
        <source>lockstep export: %1 rows written</source>
        <translation>lockstep export: zapisane wiersze: %1</translation>
    </message>
    <message>
        <source>the export failed, no file was written: %1</source>
        <translation>eksport nie powiódł się, nie zapisano żadnego pliku: %1</translation>
    </message>
    <message>
        <source>lockstep export: %1 rows of %2 written to %3 (sha256 %4); manifest %5</source>
        <translation>lockstep export: raport %2, zapisane wiersze: %1, plik %3 (sha256 %4); manifest %5</translation>
    </message>
    <message>
        <source>%1: a newer version of Lockstep wrote this database; update Lockstep to export from it</source>
        <translation>%1: tę bazę danych zapisała nowsza wersja Lockstep; zaktualizuj Lockstep, aby z niej eksportować</translation>
    </message>
    <message>
        <source>%1: start this version of Lockstep once with this database (the console, or lockstep --headless --once) so that it migrates the schema, then export again</source>
        <translation>%1: uruchom raz tę wersję Lockstep z tą bazą danych (konsolę lub lockstep --headless --once), aby zmigrowała schemat, a potem eksportuj ponownie</translation>
    </message>
    <message>
        <source>lockstep: exceptions %1 is not part of the work of the role &quot;%2&quot; (set in the console&apos;s Settings); nothing was changed.</source>
        <translation>lockstep: exceptions %1 nie należy do pracy roli „%2” (ustawionej w Ustawieniach konsoli); nic nie zmieniono.</translation>
    </message>
    <message>
        <source>Use the database FILE, or a team&apos;s PostgreSQL database at URL (postgresql://USER@HOST/DB) (default: %1).</source>
        <translation>Użyj bazy danych PLIK albo bazy PostgreSQL zespołu pod adresem URL (postgresql://UŻYTKOWNIK@HOST/BAZA) (domyślnie: %1).</translation>
    </message>
    <message>
        <source>Read the database FILE, or a team&apos;s PostgreSQL database at URL (postgresql://USER@HOST/DB) (default: %1).</source>
        <translation>Czytaj bazę danych PLIK albo bazę PostgreSQL zespołu pod adresem URL (postgresql://UŻYTKOWNIK@HOST/BAZA) (domyślnie: %1).</translation>
    </message>
</context>
<context>
    <name>lockstep::app::ConsoleEngine</name>
    <message>
        <source>the saved configuration was not applied (%1); running as before</source>
        <translation>zapisana konfiguracja nie została zastosowana (%1); działa jak dotąd</translation>
    </message>
    <message>
        <source>the saved configuration was not applied: a secret could not be read (%1); running as before</source>
        <translation>zapisana konfiguracja nie została zastosowana: nie udało się odczytać sekretu (%1); działa jak dotąd</translation>
    </message>
    <message>
        <source>restarted with the saved configuration</source>
        <translation>uruchomiony ponownie z zapisaną konfiguracją</translation>
    </message>
</context>
<context>
    <name>lockstep::core::engine::SyncEngine</name>
    <message>
        <source>Webhooks are off: %1</source>
        <translation>Webhooki są wyłączone: %1</translation>
    </message>
    <message>
        <source>Order %1 from %2 taken in (webhook)</source>
        <translation>Przyjęto zamówienie %1 z %2 (webhook)</translation>
    </message>
    <message>
        <source>Reading orders from %1</source>
        <translation>Odczyt zamówień z %1</translation>
    </message>
    <message>
        <source>First sync of %1: %2 of %3 periods read, %4 orders</source>
        <translation>Pierwsza synchronizacja %1: odczytano %2 z %3 okresów, %4 zamówień</translation>
    </message>
    <message>
        <source>Reading orders from %1: page %2 of %3</source>
        <translation>Odczyt zamówień z %1: strona %2 z %3</translation>
    </message>
    <message>
        <source>Reading orders from %1: page %2</source>
        <translation>Odczyt zamówień z %1: strona %2</translation>
    </message>
    <message>
        <source>Sending to the warehouse and storefronts</source>
        <translation>Wysyłanie do magazynu i sklepów</translation>
    </message>
    <message>
        <source>Reading orders and shipments from the warehouse</source>
        <translation>Odczyt zamówień i przesyłek z magazynu</translation>
    </message>
    <message>
        <source>Pulling stock from the warehouse</source>
        <translation>Pobieranie stanów z magazynu</translation>
    </message>
    <message>
        <source>The engine has not started, so the action was not run.</source>
        <translation>Silnik nie wystartował, więc akcja nie została wykonana.</translation>
    </message>
    <message>
        <source>Checking for records out of step</source>
        <translation>Szukanie rekordów niezgodnych</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Bezczynny</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::AcknowledgeDialog</name>
    <message>
        <source>Handled in the WMS</source>
        <translation>Załatwione w WMS</translation>
    </message>
    <message>
        <source>Handled with the customer</source>
        <translation>Załatwione z klientem</translation>
    </message>
    <message>
        <source>Handled in the storefront</source>
        <translation>Załatwione w sklepie</translation>
    </message>
    <message>
        <source>Won&apos;t fix</source>
        <translation>Nie zostanie naprawione</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <source>Acknowledge everything matching the filter</source>
        <translation>Potwierdź wszystko, co pasuje do filtru</translation>
    </message>
    <message numerus="yes">
        <source>Acknowledge %n exception(s)</source>
        <translation>
            <numerusform>Potwierdź %n wyjątek</numerusform>
            <numerusform>Potwierdź %n wyjątki</numerusform>
            <numerusform>Potwierdź %n wyjątków</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every exception matching the filter (%n now) leaves the open queue. It stays in reports and exports.</source>
        <translation>
            <numerusform>Każdy wyjątek pasujący do filtru (obecnie: %n) opuści kolejkę otwartych. Pozostanie w raportach i eksportach.</numerusform>
            <numerusform>Każdy wyjątek pasujący do filtru (obecnie: %n) opuści kolejkę otwartych. Pozostanie w raportach i eksportach.</numerusform>
            <numerusform>Każdy wyjątek pasujący do filtru (obecnie: %n) opuści kolejkę otwartych. Pozostanie w raportach i eksportach.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exception(s) leave the open queue. They stay in reports and exports.</source>
        <translation>
            <numerusform>%n wyjątek opuści kolejkę otwartych. Pozostanie w raportach i eksportach.</numerusform>
            <numerusform>%n wyjątki opuszczą kolejkę otwartych. Pozostaną w raportach i eksportach.</numerusform>
            <numerusform>%n wyjątków opuści kolejkę otwartych. Pozostaną w raportach i eksportach.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Rozwiązanie</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>What was done, so the next person knows (required)</source>
        <translation>Co zostało zrobione, aby następna osoba wiedziała (wymagane)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Potwierdź</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Rozwiązanie:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notatka:</translation>
    </message>
    <message>
        <source>Write a note first: an acknowledgement without one cannot be understood later.</source>
        <translation>Najpierw napisz notatkę: potwierdzenia bez niej nie da się później zrozumieć.</translation>
    </message>
    <message>
        <source>What acknowledging means</source>
        <translation>Co oznacza potwierdzenie</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::ActionResultDialog</name>
    <message>
        <source>not found</source>
        <translation>nie znaleziono</translation>
    </message>
    <message>
        <source>changed since you opened it</source>
        <translation>zmieniony od czasu otwarcia</translation>
    </message>
    <message>
        <source>a note is required</source>
        <translation>wymagana jest notatka</translation>
    </message>
    <message>
        <source>claimed by another person</source>
        <translation>przejęty przez inną osobę</translation>
    </message>
    <message>
        <source>not open</source>
        <translation>nie jest otwarty</translation>
    </message>
    <message>
        <source>nothing to send again</source>
        <translation>nie ma czego wysłać ponownie</translation>
    </message>
    <message>
        <source>edit not allowed</source>
        <translation>edycja niedozwolona</translation>
    </message>
    <message>
        <source>needs the engine&apos;s configuration</source>
        <translation>wymaga konfiguracji silnika</translation>
    </message>
    <message>
        <source>still failing</source>
        <translation>nadal kończy się błędem</translation>
    </message>
    <message>
        <source>database error</source>
        <translation>błąd bazy danych</translation>
    </message>
    <message>
        <source>%1: the outcome</source>
        <translation>%1: wynik</translation>
    </message>
    <message>
        <source>%1 did not run: %2</source>
        <translation>%1 – nie wykonano: %2</translation>
    </message>
    <message>
        <source>%1: nothing matched; nothing was changed.</source>
        <translation>%1: nic nie pasowało; niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>%1: %2 done, %3 refused.</source>
        <translation>%1: wykonano: %2, odrzucono: %3.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Refused: %1.</source>
        <translation>Odrzucono: %1.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <source>Outcome per exception</source>
        <translation>Wynik dla każdego wyjątku</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Wyjątek</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Exception %1</source>
        <translation>Wyjątek %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wykonano</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Odrzucono: %1</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::AlertRules</name>
    <message>
        <source>New cause in %1</source>
        <translation>%1: nowa przyczyna</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n open)</source>
        <translation>
            <numerusform>%1 (otwarte: %n)</numerusform>
            <numerusform>%1 (otwarte: %n)</numerusform>
            <numerusform>%1 (otwarte: %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new cause(s) of exceptions</source>
        <translation>
            <numerusform>%n nowa przyczyna wyjątków</numerusform>
            <numerusform>%n nowe przyczyny wyjątków</numerusform>
            <numerusform>%n nowych przyczyn wyjątków</numerusform>
        </translation>
    </message>
    <message>
        <source>Among them: %1</source>
        <translation>Wśród nich: %1</translation>
    </message>
    <message>
        <source>Spike of exceptions</source>
        <translation>Nagły wzrost liczby wyjątków</translation>
    </message>
    <message numerus="yes">
        <source>%n new exception(s) in the last %1.</source>
        <translation>
            <numerusform>%n nowy wyjątek w ciągu ostatnich %1.</numerusform>
            <numerusform>%n nowe wyjątki w ciągu ostatnich %1.</numerusform>
            <numerusform>%n nowych wyjątków w ciągu ostatnich %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warehouse cutoff approaching</source>
        <translation>Zbliża się godzina graniczna magazynu</translation>
    </message>
    <message numerus="yes">
        <source>%n open exception(s) pass the warehouse cutoff soon; the first %1.</source>
        <translation>
            <numerusform>%n otwarty wyjątek wkrótce przekroczy godzinę graniczną magazynu; pierwszy: %1.</numerusform>
            <numerusform>%n otwarte wyjątki wkrótce przekroczą godzinę graniczną magazynu; pierwszy: %1.</numerusform>
            <numerusform>%n otwartych wyjątków wkrótce przekroczy godzinę graniczną magazynu; pierwszy: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 stopped syncing</source>
        <translation>%1: synchronizacja zatrzymana</translation>
    </message>
    <message>
        <source>No successful call to %1 for %2 (last at %3).</source>
        <translation>%1: brak udanego wywołania przez %2 (ostatnie: %3).</translation>
    </message>
    <message>
        <source>No successful call to %1 since the console started %2 ago.</source>
        <translation>%1: brak udanego wywołania od uruchomienia konsoli %2 temu.</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::AlertTray</name>
    <message>
        <source>Open Lockstep</source>
        <translation>Otwórz Lockstep</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Lockstep: %n open exception(s)</source>
        <translation>
            <numerusform>Lockstep: %n otwarty wyjątek</numerusform>
            <numerusform>Lockstep: %n otwarte wyjątki</numerusform>
            <numerusform>Lockstep: %n otwartych wyjątków</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lockstep::ui::AssignDialog</name>
    <message numerus="yes">
        <source>Assign %n exception(s)</source>
        <translation>
            <numerusform>Przypisz %n wyjątek</numerusform>
            <numerusform>Przypisz %n wyjątki</numerusform>
            <numerusform>Przypisz %n wyjątków</numerusform>
        </translation>
    </message>
    <message>
        <source>A &amp;person:</source>
        <translation>&amp;Osoba:</translation>
    </message>
    <message>
        <source>A &amp;team:</source>
        <translation>&amp;Zespół:</translation>
    </message>
    <message>
        <source>&amp;Nobody (unassign)</source>
        <translation>&amp;Nikt (usuń przypisanie)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Sign-in name, e.g. j.moreno</source>
        <translation>Nazwa logowania, np. j.moreno</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Zespół</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Przypisz</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::AuditPage</name>
    <message>
        <source>Audit</source>
        <translation>Audyt</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Data od</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Data do</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Od</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Do</translation>
    </message>
    <message>
        <source>Filter by who, action or record (e.g. exception:17)</source>
        <translation>Filtruj według osoby, działania lub rekordu (np. exception:17)</translation>
    </message>
    <message>
        <source>Filter the audit log</source>
        <translation>Filtruj dziennik audytu</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Kolejność</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Najnowsze najpierw</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Najstarsze najpierw</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Dziennik audytu</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Przed</translation>
    </message>
    <message>
        <source>Nothing before</source>
        <translation>Brak stanu przed</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Po</translation>
    </message>
    <message>
        <source>Nothing after</source>
        <translation>Brak stanu po</translation>
    </message>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>Nie można odczytać dziennika audytu: %1</translation>
    </message>
    <message>
        <source>No audit entries between these dates.</source>
        <translation>Brak wpisów audytu między tymi datami.</translation>
    </message>
    <message>
        <source>No audit entries between these dates match “%1”.</source>
        <translation>Żaden wpis audytu między tymi datami nie pasuje do „%1”.</translation>
    </message>
    <message numerus="yes">
        <source>Entries shown: %n; scroll down for more.</source>
        <translation>
            <numerusform>Wyświetlono %n wpis; przewiń w dół, aby zobaczyć więcej.</numerusform>
            <numerusform>Wyświetlono %n wpisy; przewiń w dół, aby zobaczyć więcej.</numerusform>
            <numerusform>Wyświetlono %n wpisów; przewiń w dół, aby zobaczyć więcej.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Entries: %n</source>
        <translation>
            <numerusform>%n wpis</numerusform>
            <numerusform>%n wpisy</numerusform>
            <numerusform>%n wpisów</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an entry to see the record before and after.</source>
        <translation>Wybierz wpis, aby zobaczyć rekord przed zmianą i po niej.</translation>
    </message>
    <message>
        <source>%1 by %2 on %3, %4</source>
        <translation>%1 (%2) – %3, %4</translation>
    </message>
    <message>
        <source>%1. Note: %2</source>
        <translation>%1. Notatka: %2</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Odczytywanie…</translation>
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
        <translation>Czas</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Rekord</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Przed → po</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::BeforeAfterView</name>
    <message>
        <source>The change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Przed</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Po</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>Przed:</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Po:</translation>
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
        <translation>Bazowy URL</translation>
    </message>
    <message>
        <source>Consumer key</source>
        <translation>Klucz klienta (consumer key)</translation>
    </message>
    <message>
        <source>Consumer secret</source>
        <translation>Sekret klienta (consumer secret)</translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation>Sekret webhooka</translation>
    </message>
    <message>
        <source>commercetools</source>
        <translation>commercetools</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>URL API</translation>
    </message>
    <message>
        <source>Authorisation URL</source>
        <translation>URL autoryzacji</translation>
    </message>
    <message>
        <source>Project key</source>
        <translation>Klucz projektu</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Identyfikator klienta</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Sekret klienta</translation>
    </message>
    <message>
        <source>Warehouse (Deposco)</source>
        <translation>Magazyn (Deposco)</translation>
    </message>
    <message>
        <source>Availability URL</source>
        <translation>URL dostępności</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Jednostka biznesowa</translation>
    </message>
    <message>
        <source>Addresses and ids of the systems Lockstep connects. Secrets go to this computer&apos;s keychain and are never shown again or written in the configuration file.</source>
        <translation>Adresy i identyfikatory systemów, z którymi łączy się Lockstep. Sekrety trafiają do pęku kluczy tego komputera i nigdy nie są ponownie wyświetlane ani zapisywane w pliku konfiguracji.</translation>
    </message>
    <message>
        <source>%1 (not in use)</source>
        <translation>%1 (nieużywany)</translation>
    </message>
    <message>
        <source>Checked: Lockstep syncs with this system.</source>
        <translation>Zaznaczone: Lockstep synchronizuje się z tym systemem.</translation>
    </message>
    <message>
        <source>Store tills (Square)</source>
        <translation>Kasy sklepowe (Square)</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token dostępu</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::ConnectorStatus</name>
    <message>
        <source>Connectors</source>
        <translation>Konektory</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>sprawny</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>ponawianie</translation>
    </message>
    <message>
        <source>circuit open</source>
        <translation>obwód otwarty</translation>
    </message>
    <message>
        <source>trying again</source>
        <translation>ponowna próba</translation>
    </message>
    <message>
        <source>circuit open until %1</source>
        <translation>obwód otwarty do %1</translation>
    </message>
    <message numerus="yes">
        <source>retrying %n call(s)</source>
        <translation>
            <numerusform>ponawianie %n wywołania</numerusform>
            <numerusform>ponawianie %n wywołań</numerusform>
            <numerusform>ponawianie %n wywołań</numerusform>
        </translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>ostatnia synchronizacja: %1</translation>
    </message>
    <message>
        <source>no successful sync yet</source>
        <translation>jeszcze brak udanej synchronizacji</translation>
    </message>
    <message>
        <source>%1: %2 · %3</source>
        <translation>%1: %2 · %3</translation>
    </message>
    <message>
        <source>Connector %1</source>
        <translation>Konektor %1</translation>
    </message>
    <message>
        <source>%1
Last error: %2</source>
        <translation>%1
Ostatni błąd: %2</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::CustomFieldDialog</name>
    <message>
        <source>Map a checkout field</source>
        <translation>Zmapuj pole formularza zamówienia</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Zmapuj</translation>
    </message>
    <message>
        <source>Checkout field</source>
        <translation>Pole formularza zamówienia</translation>
    </message>
    <message>
        <source>WMS field</source>
        <translation>Pole WMS</translation>
    </message>
    <message>
        <source>The field name the WMS expects, e.g. giftMessage</source>
        <translation>Nazwa pola oczekiwana przez WMS, np. giftMessage</translation>
    </message>
    <message>
        <source>The mapping is kept: later orders carry the field to the warehouse, and an order not yet sent carries it too.</source>
        <translation>Mapowanie zostaje zapisane: kolejne zamówienia przekażą to pole do magazynu, podobnie jak zamówienie jeszcze niewysłane.</translation>
    </message>
    <message>
        <source>&amp;Checkout field:</source>
        <translation>&amp;Pole formularza zamówienia:</translation>
    </message>
    <message>
        <source>&amp;WMS field:</source>
        <translation>Pole &amp;WMS:</translation>
    </message>
    <message>
        <source>%1 → not sent to the warehouse</source>
        <translation>%1 → nie jest wysyłane do magazynu</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Name the WMS field.</source>
        <translation>Podaj nazwę pola WMS.</translation>
    </message>
    <message>
        <source>%1 → %2 (this order: “%3”)</source>
        <translation>%1 → %2 (to zamówienie: „%3”)</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Pulpit</translation>
    </message>
    <message>
        <source>Time span</source>
        <translation>Okres</translation>
    </message>
    <message>
        <source>Last 24 hours, per hour</source>
        <translation>Ostatnie 24 godziny, co godzinę</translation>
    </message>
    <message>
        <source>Last 14 days, per day</source>
        <translation>Ostatnie 14 dni, dziennie</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <source>Read the figures again now (F5)</source>
        <translation>Odczytaj dane ponownie teraz (F5)</translation>
    </message>
    <message>
        <source>Open the %1 queue</source>
        <translation>Otwórz kolejkę „%1”</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Złożone</translation>
    </message>
    <message>
        <source>Acknowledged by the warehouse</source>
        <translation>Przyjęte przez magazyn</translation>
    </message>
    <message>
        <source>Oldest open exception per type</source>
        <translation>Najstarszy otwarty wyjątek według typu</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Kolejka</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Zamówienie</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Czeka od</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Poziom usług</translation>
    </message>
    <message>
        <source>Orders placed and acknowledged by the warehouse</source>
        <translation>Zamówienia złożone i przyjęte przez magazyn</translation>
    </message>
    <message>
        <source>Unresolved exceptions by type</source>
        <translation>Nierozwiązane wyjątki według typu</translation>
    </message>
    <message>
        <source>Sync lag per connector</source>
        <translation>Opóźnienie synchronizacji według konektora</translation>
    </message>
    <message>
        <source>Oldest open exception against its service level</source>
        <translation>Najstarszy otwarty wyjątek na tle jego poziomu usług</translation>
    </message>
    <message>
        <source>Cannot read the database: %1</source>
        <translation>Nie można odczytać bazy danych: %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Zaktualizowano %1</translation>
    </message>
    <message>
        <source>Cannot read the orders: %1</source>
        <translation>Nie można odczytać zamówień: %1</translation>
    </message>
    <message>
        <source>No backlog: the warehouse has acknowledged every paid order in this span.</source>
        <translation>Brak zaległości: magazyn przyjął każde opłacone zamówienie w tym okresie.</translation>
    </message>
    <message numerus="yes">
        <source>Paid orders not yet acknowledged by the warehouse: %n</source>
        <translation>
            <numerusform>Opłacone zamówienia jeszcze nieprzyjęte przez magazyn: %n</numerusform>
            <numerusform>Opłacone zamówienia jeszcze nieprzyjęte przez magazyn: %n</numerusform>
            <numerusform>Opłacone zamówienia jeszcze nieprzyjęte przez magazyn: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No orders in the last 24 hours.</source>
        <translation>Brak zamówień w ciągu ostatnich 24 godzin.</translation>
    </message>
    <message>
        <source>No orders in the last 14 days.</source>
        <translation>Brak zamówień w ciągu ostatnich 14 dni.</translation>
    </message>
    <message>
        <source>Cannot read the exceptions: %1</source>
        <translation>Nie można odczytać wyjątków: %1</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwarte</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Potwierdzone</translation>
    </message>
    <message>
        <source>No unresolved exceptions: everything is in step.</source>
        <translation>Brak nierozwiązanych wyjątków: wszystko jest zgodne.</translation>
    </message>
    <message>
        <source>Cannot read the sync state: %1</source>
        <translation>Nie można odczytać stanu synchronizacji: %1</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Aktualne</translation>
    </message>
    <message numerus="yes">
        <source>Behind (over %n min)</source>
        <translation>
            <numerusform>Opóźnienie (ponad %n min)</numerusform>
            <numerusform>Opóźnienie (ponad %n min)</numerusform>
            <numerusform>Opóźnienie (ponad %n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>No connector has synced yet.</source>
        <translation>Żaden konektor nie zsynchronizował się jeszcze.</translation>
    </message>
    <message>
        <source>No service level</source>
        <translation>Brak poziomu usług</translation>
    </message>
    <message>
        <source>Overdue by %1</source>
        <translation>Po terminie o %1</translation>
    </message>
    <message>
        <source>Due in %1</source>
        <translation>Termin za %1</translation>
    </message>
    <message>
        <source>Open since %1</source>
        <translation>Otwarty od %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Termin: %1</translation>
    </message>
    <message>
        <source>No open exceptions: nothing is waiting.</source>
        <translation>Brak otwartych wyjątków: nic nie czeka.</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuty</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::DeskExecutor</name>
    <message>
        <source>The database cannot be written: %1</source>
        <translation>Nie można zapisać do bazy danych: %1</translation>
    </message>
    <message>
        <source>Checking both systems needs the engine, and none runs on this store now: start the engine&apos;s service (or a console with the configuration), then check again.</source>
        <translation>Sprawdzenie obu systemów wymaga silnika, a teraz żaden nie działa na tym magazynie: uruchom usługę silnika (lub konsolę z konfiguracją), a potem sprawdź ponownie.</translation>
    </message>
    <message>
        <source>The exceptions to act on cannot be read: %1</source>
        <translation>Nie można odczytać wyjątków, których dotyczy działanie: %1</translation>
    </message>
    <message>
        <source>The request cannot be left for the engine: %1</source>
        <translation>Nie można zostawić żądania dla silnika: %1</translation>
    </message>
    <message>
        <source>The engine&apos;s answer cannot be read: %1</source>
        <translation>Nie można odczytać odpowiedzi silnika: %1</translation>
    </message>
    <message>
        <source>The engine stopped while it ran this, before it finished. What it did is in the exception&apos;s history: look there before you try again.</source>
        <translation>Silnik zatrzymał się w trakcie wykonywania, zanim skończył. To, co zrobił, jest w historii wyjątku: sprawdź ją, zanim spróbujesz ponownie.</translation>
    </message>
    <message>
        <source>The request was taken back before an engine ran it.</source>
        <translation>Żądanie zostało wycofane, zanim wykonał je silnik.</translation>
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
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 godz. %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 dn. %2 godz.</translation>
    </message>
    <message>
        <source>%1 w %2 d</source>
        <translation>%1 tyg. %2 dn.</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>za %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 temu</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niska</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Średnia</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Wysoka</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Krytyczna</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operacje</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>Obsługa klienta</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finanse</translation>
    </message>
    <message>
        <source>eCommerce</source>
        <translation>E-commerce</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwarty</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Potwierdzony</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Rozwiązany</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>połączenie zostało odrzucone</translation>
    </message>
    <message>
        <source>the other side closed the connection</source>
        <translation>druga strona zamknęła połączenie</translation>
    </message>
    <message>
        <source>the server&apos;s name was not found</source>
        <translation>nie znaleziono nazwy serwera</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>serwer nie odpowiedział na czas</translation>
    </message>
    <message>
        <source>the call was cancelled</source>
        <translation>wywołanie zostało anulowane</translation>
    </message>
    <message>
        <source>a secure connection could not be set up</source>
        <translation>nie udało się nawiązać bezpiecznego połączenia</translation>
    </message>
    <message>
        <source>the network failed</source>
        <translation>sieć zawiodła</translation>
    </message>
    <message>
        <source>the proxy failed</source>
        <translation>serwer proxy zawiódł</translation>
    </message>
    <message>
        <source>the server asked for a sign-in</source>
        <translation>serwer wymaga zalogowania</translation>
    </message>
    <message>
        <source>the server refused access</source>
        <translation>serwer odmówił dostępu</translation>
    </message>
    <message>
        <source>the server does not know this address</source>
        <translation>serwer nie zna tego adresu</translation>
    </message>
    <message>
        <source>the server sent the call elsewhere</source>
        <translation>serwer przekierował wywołanie</translation>
    </message>
    <message>
        <source>the server failed</source>
        <translation>serwer zgłosił błąd</translation>
    </message>
    <message>
        <source>the call failed</source>
        <translation>wywołanie nie powiodło się</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Zgłoszony</translation>
    </message>
    <message>
        <source>Raised again</source>
        <translation>Zgłoszony ponownie</translation>
    </message>
    <message>
        <source>Resolved by the engine</source>
        <translation>Rozwiązany przez silnik</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edytuj</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Potwierdź</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Przypisz</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Przejmij</translation>
    </message>
    <message>
        <source>Release claim</source>
        <translation>Zwolnij</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Otwórz ponownie</translation>
    </message>
    <message>
        <source>Check both systems</source>
        <translation>Sprawdź oba systemy</translation>
    </message>
    <message>
        <source>SKU mapped</source>
        <translation>SKU zmapowane</translation>
    </message>
    <message>
        <source>Facility chosen</source>
        <translation>Wybrano lokalizację</translation>
    </message>
    <message>
        <source>Custom field mapped</source>
        <translation>Zmapowano pole niestandardowe</translation>
    </message>
    <message>
        <source>Order line changed</source>
        <translation>Zmieniono pozycję zamówienia</translation>
    </message>
    <message>
        <source>Exception %1</source>
        <translation>Wyjątek %1</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Zamówienie %1</translation>
    </message>
    <message>
        <source>SKU mapping %1</source>
        <translation>Mapowanie SKU %1</translation>
    </message>
    <message>
        <source>Custom field mapping %1</source>
        <translation>Mapowanie pola niestandardowego %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Przypisany do</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>Przejęty przez</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Próby</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>Warehouse SKU</source>
        <translation>SKU magazynowe</translation>
    </message>
    <message>
        <source>Warehouse field</source>
        <translation>Pole w magazynie</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Lokalizacja</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Pozycje</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>serwer</translation>
    </message>
    <message>
        <source>Sent without a line</source>
        <translation>Wysłano bez jednej pozycji</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentarz</translation>
    </message>
    <message>
        <source>SKU not in the item master</source>
        <translation>SKU nie ma w kartotece towarów</translation>
    </message>
    <message>
        <source>SKU used twice in the storefront</source>
        <translation>SKU użyte dwa razy w sklepie</translation>
    </message>
    <message>
        <source>Variation shares its parent&apos;s SKU</source>
        <translation>Wariant ma to samo SKU co produkt nadrzędny</translation>
    </message>
    <message>
        <source>Bundle component not in the item master</source>
        <translation>Składnika zestawu nie ma w kartotece towarów</translation>
    </message>
    <message>
        <source>No stock to allocate</source>
        <translation>Brak zapasu do alokacji</translation>
    </message>
    <message>
        <source>Order values the warehouse refuses</source>
        <translation>Wartości zamówienia odrzucane przez magazyn</translation>
    </message>
    <message>
        <source>Channel maps to no facility</source>
        <translation>Kanał nie jest przypisany do żadnego magazynu</translation>
    </message>
    <message>
        <source>Checkout field without a mapping</source>
        <translation>Pole zamówienia bez mapowania</translation>
    </message>
    <message>
        <source>Cancelled after the warehouse locked it</source>
        <translation>Anulowane po zablokowaniu przez magazyn</translation>
    </message>
    <message>
        <source>Not acknowledged by the warehouse</source>
        <translation>Niepotwierdzone przez magazyn</translation>
    </message>
    <message>
        <source>Sending to the warehouse given up</source>
        <translation>Wysyłanie do magazynu przerwane</translation>
    </message>
    <message>
        <source>Refused by the warehouse</source>
        <translation>Odrzucone przez magazyn</translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation>Oczekuje na płatność</translation>
    </message>
    <message>
        <source>Storefront status behind the warehouse</source>
        <translation>Status sklepu opóźniony względem magazynu</translation>
    </message>
    <message>
        <source>Order value differs</source>
        <translation>Wartość zamówienia się różni</translation>
    </message>
    <message>
        <source>Shipment confirmation missing</source>
        <translation>Brak potwierdzenia wysyłki</translation>
    </message>
    <message>
        <source>Storefront stock differs from the warehouse</source>
        <translation>Stan w sklepie różni się od magazynu</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Warehouse asked to intercept</source>
        <translation>Poproszono magazyn o zatrzymanie</translation>
    </message>
    <message>
        <source>Handed to customer service</source>
        <translation>Przekazano do obsługi klienta</translation>
    </message>
    <message>
        <source>Store sale not taken off the warehouse&apos;s stock</source>
        <translation>Sprzedaż sklepu nieodjęta od stanu magazynu</translation>
    </message>
    <message>
        <source>Stock move applied twice at the warehouse</source>
        <translation>Ruch magazynowy zastosowany dwa razy w magazynie</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::FacilityDialog</name>
    <message>
        <source>Choose a facility for order %1</source>
        <translation>Wybierz lokalizację dla zamówienia %1</translation>
    </message>
    <message>
        <source>Route and retry</source>
        <translation>Skieruj i ponów</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Lokalizacja</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 available</source>
        <translation>%1 — dostępne: %2 z %3</translation>
    </message>
    <message>
        <source>The order is sent to the facility you choose; the choice is kept for this order only.</source>
        <translation>Zamówienie zostanie wysłane do wybranej lokalizacji; wybór obowiązuje tylko dla tego zamówienia.</translation>
    </message>
    <message>
        <source>&amp;Facility:</source>
        <translation>&amp;Lokalizacja:</translation>
    </message>
    <message>
        <source>Order %1 → no facility</source>
        <translation>Zamówienie %1 → brak lokalizacji</translation>
    </message>
    <message>
        <source>Order %1 → %2</source>
        <translation>Zamówienie %1 → %2</translation>
    </message>
    <message>
        <source>Choose a facility.</source>
        <translation>Wybierz lokalizację.</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::InterceptDialog</name>
    <message>
        <source>Ask the warehouse to intercept order %1</source>
        <translation>Poproś magazyn o zatrzymanie zamówienia %1</translation>
    </message>
    <message>
        <source>The warehouse released this order before the cancellation reached it, and Deposco takes no hold or note once an order is released: ask the warehouse team yourself, by phone or mail, to pull it before the carrier collects it. Lockstep keeps your request and follows the order: the exception resolves when the warehouse cancels it, and goes to customer service for a return if the carrier collects it.</source>
        <translation>Magazyn zwolnił to zamówienie, zanim dotarło anulowanie, a Deposco po zwolnieniu nie przyjmuje blokady ani notatki: poproś zespół magazynu sam, telefonicznie lub mailowo, o wycofanie go, zanim odbierze je przewoźnik. Lockstep zapisuje prośbę i śledzi zamówienie: wyjątek rozwiąże się, gdy magazyn je anuluje, a jeśli przewoźnik je odbierze, trafi do obsługi klienta w celu zwrotu.</translation>
    </message>
    <message>
        <source>Message for the warehouse</source>
        <translation>Wiadomość dla magazynu</translation>
    </message>
    <message>
        <source>&amp;Copy message</source>
        <translation>&amp;Kopiuj wiadomość</translation>
    </message>
    <message>
        <source>Write an &amp;email…</source>
        <translation>Napisz &amp;e-mail…</translation>
    </message>
    <message>
        <source>How you asked</source>
        <translation>Jak poproszono</translation>
    </message>
    <message>
        <source>e.g. called the shift lead at %1 (required)</source>
        <translation>np. telefon do kierownika zmiany (%1) (wymagane)</translation>
    </message>
    <message>
        <source>the warehouse</source>
        <translation>magazyn</translation>
    </message>
    <message>
        <source>Keep the request</source>
        <translation>Zapisz prośbę</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Wiadomość:</translation>
    </message>
    <message>
        <source>&amp;How you asked:</source>
        <translation>&amp;Jak poproszono:</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Skopiowano.</translation>
    </message>
    <message>
        <source>Please intercept order %1</source>
        <translation>Proszę zatrzymać zamówienie %1</translation>
    </message>
    <message>
        <source>No mail program answered: copy the message instead.</source>
        <translation>Żaden program pocztowy nie odpowiedział: skopiuj wiadomość.</translation>
    </message>
    <message>
        <source>Please pull order %1 at %2 before the carrier collects it, and cancel it in Deposco.
The customer cancelled it in the storefront after the warehouse had released it.
%3
Lockstep exception %4.</source>
        <translation>Proszę wycofać zamówienie %1 (%2), zanim odbierze je przewoźnik, i anulować je w Deposco.
Klient anulował je w sklepie po zwolnieniu przez magazyn.
%3
Wyjątek Lockstep %4.</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::KeyValueTable</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Dodaj wiersz</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation>Usuń zaznaczone wiersze</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::LifecycleModel</name>
    <message>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Zdarzenie</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Szczegóły</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::LineAdjustDialog</name>
    <message>
        <source>Adjust a line of order %1</source>
        <translation>Popraw pozycję zamówienia %1</translation>
    </message>
    <message>
        <source>Adjust and retry</source>
        <translation>Popraw i ponów</translation>
    </message>
    <message>
        <source>About this order</source>
        <translation>O tym zamówieniu</translation>
    </message>
    <message>
        <source>Cannot read the waiting warehouse order: %1</source>
        <translation>Nie można odczytać oczekującego zlecenia magazynowego: %1</translation>
    </message>
    <message>
        <source>Order %1 has no warehouse order waiting to be sent, so there is no line to adjust. Fix what holds it (a SKU mapping, a facility) instead.</source>
        <translation>Zamówienie %1 nie ma zlecenia magazynowego czekającego na wysłanie, więc nie ma pozycji do poprawienia. Zamiast tego usuń to, co je wstrzymuje (mapowanie SKU, lokalizację).</translation>
    </message>
    <message>
        <source>Order %1 is already at the warehouse; change it there.</source>
        <translation>Zamówienie %1 jest już w magazynie; zmień je tam.</translation>
    </message>
    <message>
        <source>Change one line of the order waiting to be sent to %1; it is then sent again under the same idempotency key.</source>
        <translation>Zmień jedną pozycję zamówienia czekającego na wysłanie (%1); zostanie ono wysłane ponownie z tym samym kluczem idempotencji.</translation>
    </message>
    <message>
        <source>The waiting warehouse order cannot be read: %1</source>
        <translation>Nie można odczytać oczekującego zlecenia magazynowego: %1</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Pozycje</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <source>WMS SKU</source>
        <translation>SKU w WMS</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <source>New WMS SKU</source>
        <translation>Nowe SKU w WMS</translation>
    </message>
    <message>
        <source>Leave empty to keep the item</source>
        <translation>Pozostaw puste, aby zachować produkt</translation>
    </message>
    <message>
        <source>New quantity</source>
        <translation>Nowa ilość</translation>
    </message>
    <message>
        <source>WMS &amp;SKU:</source>
        <translation>&amp;SKU w WMS:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Ilość:</translation>
    </message>
    <message>
        <source>Line %1: %2 × %3</source>
        <translation>Pozycja %1: %2 × %3</translation>
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
        <translation>Baza danych: %1</translation>
    </message>
    <message>
        <source>Engine: not running</source>
        <translation>Silnik: nie działa</translation>
    </message>
    <message>
        <source>Every record of this kind that fell out of step, with its reason, the suggested action, and Retry, Edit and Acknowledge.</source>
        <translation>Każdy rekord tego rodzaju, który utracił zgodność, z przyczyną, sugerowanym działaniem oraz opcjami Ponów, Edytuj i Potwierdź.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;About Lockstep</source>
        <translation>&amp;O programie Lockstep</translation>
    </message>
    <message>
        <source>About Lockstep</source>
        <translation>O programie Lockstep</translation>
    </message>
    <message>
        <source>Lockstep %1
Keeps storefronts and the warehouse in lockstep, and shows people the records that fell out of step.</source>
        <translation>Lockstep %1
Utrzymuje sklepy i magazyn w synchronizacji i pokazuje ludziom rekordy, które utraciły zgodność.</translation>
    </message>
    <message>
        <source>Cannot read the database: %1</source>
        <translation>Nie można odczytać bazy danych: %1</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Zamówienie %1</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation>Silnik: %1</translation>
    </message>
    <message>
        <source>Engine activity</source>
        <translation>Aktywność silnika</translation>
    </message>
    <message>
        <source>Lockstep — demo (sandbox)</source>
        <translation>Lockstep — demo (piaskownica)</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Otwórz folder &amp;logów</translation>
    </message>
    <message>
        <source>The log folder %1 could not be opened.</source>
        <translation>Nie można otworzyć folderu logów %1.</translation>
    </message>
    <message>
        <source>Engine jobs</source>
        <translation>Zadania silnika</translation>
    </message>
    <message>
        <source>Orders from %1</source>
        <translation>Zamówienia z %1</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wysyłanie</translation>
    </message>
    <message>
        <source>Warehouse news</source>
        <translation>Wieści z magazynu</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stany magazynowe</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Kontrole</translation>
    </message>
    <message>
        <source>Last job: %1 at %2</source>
        <translation>Ostatnie zadanie: %1 o %2</translation>
    </message>
    <message>
        <source>%1: last ran at %2</source>
        <translation>%1: ostatnio o %2</translation>
    </message>
    <message>
        <source>runs in another program (%1); this console shows its work</source>
        <translation>działa w innym programie (%1); ta konsola pokazuje jego pracę</translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation>Niezapisane ustawienia</translation>
    </message>
    <message>
        <source>The settings have changes that are not saved. Save them before quitting?</source>
        <translation>Ustawienia mają niezapisane zmiany. Zapisać je przed zamknięciem?</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Baza danych</translation>
    </message>
    <message>
        <source>The database server does not answer: %1</source>
        <translation>Serwer bazy danych nie odpowiada: %1</translation>
    </message>
    <message>
        <source>The database server answers again; everything is read again.</source>
        <translation>Serwer bazy danych znów odpowiada; wszystko jest odczytywane ponownie.</translation>
    </message>
    <message>
        <source>Database: %1 not answering since %2</source>
        <translation>Baza danych: %1 nie odpowiada od %2</translation>
    </message>
    <message>
        <source>Engine: none runs on this store (actions work; sends wait for an engine)</source>
        <translation>Silnik: żaden nie działa na tym magazynie danych (działania działają; wysyłki czekają na silnik)</translation>
    </message>
    <message>
        <source>Engine: %1 on %2, since %3</source>
        <translation>Silnik: %1 na %2, od %3</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::Navigation</name>
    <message>
        <source>Failed allocations</source>
        <translation>Nieudane rezerwacje</translation>
    </message>
    <message>
        <source>SKU mismatches</source>
        <translation>Niezgodne SKU</translation>
    </message>
    <message>
        <source>Stuck pending orders</source>
        <translation>Utknięte zamówienia oczekujące</translation>
    </message>
    <message>
        <source>Cancellations past cutoff</source>
        <translation>Anulowania po godzinie granicznej</translation>
    </message>
    <message>
        <source>Shipment confirmations missing</source>
        <translation>Brakujące potwierdzenia wysyłki</translation>
    </message>
    <message>
        <source>Order totals mismatches</source>
        <translation>Niezgodne sumy zamówień</translation>
    </message>
    <message>
        <source>Inventory drift</source>
        <translation>Rozbieżności stanów magazynowych</translation>
    </message>
    <message>
        <source>Unmapped checkout fields</source>
        <translation>Niezmapowane pola zamówienia</translation>
    </message>
    <message>
        <source>Facility routing failures</source>
        <translation>Błędy przydziału lokalizacji</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Nawigacja</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Pulpit</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Kolejki</translation>
    </message>
    <message>
        <source>Other exceptions</source>
        <translation>Inne wyjątki</translation>
    </message>
    <message>
        <source>Order lookup</source>
        <translation>Wyszukiwanie zamówień</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raporty</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audyt</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n open</source>
        <translation>
            <numerusform>%1, %n otwarty</numerusform>
            <numerusform>%1, %n otwarte</numerusform>
            <numerusform>%1, %n otwartych</numerusform>
        </translation>
    </message>
    <message>
        <source>Till returns not at the warehouse</source>
        <translation>Zwroty z kas nieobecne w magazynie</translation>
    </message>
    <message>
        <source>Store sales not at the warehouse</source>
        <translation>Sprzedaże sklepów nie w magazynie</translation>
    </message>
    <message>
        <source>Stock moved twice (sync loop)</source>
        <translation>Stan przesunięty dwukrotnie</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::OrderLookupPage</name>
    <message>
        <source>Order lookup</source>
        <translation>Wyszukiwanie zamówień</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>Szukaj zamówień</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Szukaj</translation>
    </message>
    <message>
        <source>Matching orders</source>
        <translation>Pasujące zamówienia</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Zamówienie</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Złożone</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Suma</translation>
    </message>
    <message>
        <source>&amp;Copy as text</source>
        <translation>&amp;Kopiuj jako tekst</translation>
    </message>
    <message>
        <source>Copy a plain summary for a reply to the customer (Ctrl+Shift+C)</source>
        <translation>Kopiuj proste podsumowanie do odpowiedzi dla klienta (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Oś czasu</translation>
    </message>
    <message>
        <source>Order timeline</source>
        <translation>Oś czasu zamówienia</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Wyjątki</translation>
    </message>
    <message>
        <source>Exceptions about this order</source>
        <translation>Wyjątki dotyczące tego zamówienia</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Przyczyna</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>Redo the failed step now</source>
        <translation>Wykonaj teraz ponownie nieudany krok</translation>
    </message>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation>Po&amp;twierdź…</translation>
    </message>
    <message>
        <source>Take this exception, with a note</source>
        <translation>Potwierdź ten wyjątek, z notatką</translation>
    </message>
    <message>
        <source>No exceptions: nothing about this order needs a person.</source>
        <translation>Brak wyjątków: to zamówienie nie wymaga interwencji.</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Wyszukiwanie nie powiodło się: %1</translation>
    </message>
    <message numerus="yes">
        <source>More than %n orders match; showing the newest. Search by order number to narrow it.</source>
        <translation>
            <numerusform>Pasuje ponad %n zamówienie; wyświetlane są najnowsze. Szukaj po numerze zamówienia, aby zawęzić wyniki.</numerusform>
            <numerusform>Pasuje ponad %n zamówienia; wyświetlane są najnowsze. Szukaj po numerze zamówienia, aby zawęzić wyniki.</numerusform>
            <numerusform>Pasuje ponad %n zamówień; wyświetlane są najnowsze. Szukaj po numerze zamówienia, aby zawęzić wyniki.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orders match; choose one.</source>
        <translation>
            <numerusform>Pasuje %n zamówienie; wybierz je.</numerusform>
            <numerusform>Pasują %n zamówienia; wybierz jedno.</numerusform>
            <numerusform>Pasuje %n zamówień; wybierz jedno.</numerusform>
        </translation>
    </message>
    <message>
        <source>The order is no longer in the database.</source>
        <translation>Zamówienia nie ma już w bazie danych.</translation>
    </message>
    <message>
        <source>Cannot read the order: %1</source>
        <translation>Nie można odczytać zamówienia: %1</translation>
    </message>
    <message>
        <source>Cannot read the order&apos;s history: %1</source>
        <translation>Nie można odczytać historii zamówienia: %1</translation>
    </message>
    <message>
        <source>Order %1 in %2</source>
        <translation>Zamówienie %1 w %2</translation>
    </message>
    <message>
        <source>placed %1</source>
        <translation>złożone %1</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>warehouse order at %1 since %2</source>
        <translation>zlecenie magazynowe w lokalizacji %1 od %2</translation>
    </message>
    <message>
        <source>%1 × %2 (%3)</source>
        <translation>%1 × %2 (%3)</translation>
    </message>
    <message>
        <source>No items</source>
        <translation>Brak produktów</translation>
    </message>
    <message>
        <source>Timeline: no events recorded yet</source>
        <translation>Oś czasu: brak zarejestrowanych zdarzeń</translation>
    </message>
    <message numerus="yes">
        <source>Timeline (%n)</source>
        <translation>
            <numerusform>Oś czasu (%n)</numerusform>
            <numerusform>Oś czasu (%n)</numerusform>
            <numerusform>Oś czasu (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exceptions (%n)</source>
        <translation>
            <numerusform>Wyjątki (%n)</numerusform>
            <numerusform>Wyjątki (%n)</numerusform>
            <numerusform>Wyjątki (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied a summary of order %1 to the clipboard.</source>
        <translation>Skopiowano podsumowanie zamówienia %1 do schowka.</translation>
    </message>
    <message>
        <source>Order number (#1072), customer name or email (or how it starts), storefront id or tracking number</source>
        <translation>Numer zamówienia (#1072), imię i nazwisko lub e-mail klienta (lub ich początek), id w sklepie lub numer przesyłki</translation>
    </message>
    <message>
        <source>Type an order number, the customer&apos;s name or email (the first letters are enough), a storefront order id or a tracking number, then press Enter.</source>
        <translation>Wpisz numer zamówienia, imię i nazwisko lub e-mail klienta (wystarczą pierwsze litery), id zamówienia w sklepie lub numer przesyłki i naciśnij Enter.</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Linki</translation>
    </message>
    <message>
        <source>Type an order number, the customer&apos;s name or email, a storefront order id or a tracking number.</source>
        <translation>Wpisz numer zamówienia, imię i nazwisko lub e-mail klienta, id zamówienia w sklepie lub numer przesyłki.</translation>
    </message>
    <message>
        <source>No order matches “%1”. Try the order number, the start of the customer&apos;s name or email, or a tracking number.</source>
        <translation>Żadne zamówienie nie pasuje do „%1”. Spróbuj numeru zamówienia, początku imienia i nazwiska lub e-maila klienta albo numeru przesyłki.</translation>
    </message>
    <message>
        <source>Track %1 %2</source>
        <translation>Śledź %1 %2</translation>
    </message>
    <message>
        <source>Open in %1</source>
        <translation>Otwórz w %1</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Wymagane teraz</translation>
    </message>
    <message>
        <source>Ask to &amp;intercept…</source>
        <translation>Poproś o &amp;zatrzymanie…</translation>
    </message>
    <message>
        <source>Ask the warehouse to pull the order before the carrier collects it</source>
        <translation>Poproś magazyn o wycofanie zamówienia przed odbiorem przez przewoźnika</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Wyszukiwanie…</translation>
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
        <translation>Zamówienie %1</translation>
    </message>
    <message numerus="yes">
        <source>Retry %n exception(s) now?</source>
        <translation>
            <numerusform>Ponowić teraz %n wyjątek?</numerusform>
            <numerusform>Ponowić teraz %n wyjątki?</numerusform>
            <numerusform>Ponowić teraz %n wyjątków?</numerusform>
        </translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation>…i więcej: %1.</translation>
    </message>
    <message>
        <source>The warehouse is asked first whether it already has each order; nothing is sent twice.</source>
        <translation>Najpierw magazyn jest pytany, czy ma już każde z zamówień; nic nie zostanie wysłane dwa razy.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edytuj</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Potwierdź</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Przypisz</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Przejmij</translation>
    </message>
    <message>
        <source>Release claim</source>
        <translation>Zwolnij</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Otwórz ponownie</translation>
    </message>
    <message>
        <source>The engine is not running: %1 was not sent.</source>
        <translation>Silnik nie działa: nie wysłano (%1).</translation>
    </message>
    <message>
        <source>%1: everything matching the filter…</source>
        <translation>%1: wszystko, co pasuje do filtru…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n exception(s)…</source>
        <translation>
            <numerusform>%1: %n wyjątek…</numerusform>
            <numerusform>%1: %n wyjątki…</numerusform>
            <numerusform>%1: %n wyjątków…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sent to the engine…</source>
        <translation>%1: przekazano do silnika…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 done, %3 refused.</source>
        <translation>%1: wykonano: %2, odrzucono: %3.</translation>
    </message>
    <message>
        <source>%1 did not run: %2</source>
        <translation>%1 – nie wykonano: %2</translation>
    </message>
    <message>
        <source>Everything matching the filter: %1.</source>
        <translation>Wszystko, co pasuje do filtra: %1.</translation>
    </message>
    <message>
        <source>%1 is not part of the work of the role &quot;%2&quot;; nothing was sent.</source>
        <translation>%1 nie należy do pracy roli „%2”; nic nie wysłano.</translation>
    </message>
    <message numerus="yes">
        <source>Send %n order(s) to the facility you chose?</source>
        <translation>
            <numerusform>Wysłać %n zamówienie do wybranej lokalizacji?</numerusform>
            <numerusform>Wysłać %n zamówienia do wybranej lokalizacji?</numerusform>
            <numerusform>Wysłać %n zamówień do wybranej lokalizacji?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Claim %n exception(s)?</source>
        <translation>
            <numerusform>Przejąć %n wyjątek?</numerusform>
            <numerusform>Przejąć %n wyjątki?</numerusform>
            <numerusform>Przejąć %n wyjątków?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Release the claim on %n exception(s)?</source>
        <translation>
            <numerusform>Zwolnić %n wyjątek?</numerusform>
            <numerusform>Zwolnić %n wyjątki?</numerusform>
            <numerusform>Zwolnić %n wyjątków?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reopen %n exception(s)?</source>
        <translation>
            <numerusform>Otworzyć ponownie %n wyjątek?</numerusform>
            <numerusform>Otworzyć ponownie %n wyjątki?</numerusform>
            <numerusform>Otworzyć ponownie %n wyjątków?</numerusform>
        </translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>i %1 więcej</translation>
    </message>
    <message numerus="yes">
        <source>Acknowledging does not send %n order(s) to the warehouse (%1): each stays paid and unsent in Lockstep, and reappears as a stuck pending order when its time is up. Acknowledge only if the order is handled outside Lockstep (entered in the WMS by hand, cancelled with the customer). To ship it, map the SKU or send the order without that line (Edit).</source>
        <translation>
            <numerusform>Potwierdzenie nie wysyła %n zamówienia do magazynu (%1): pozostaje opłacone i niewysłane w Lockstep, a po upływie terminu wraca jako zablokowane zamówienie oczekujące. Potwierdzaj tylko, jeśli zamówienie jest obsługiwane poza Lockstep (wprowadzone ręcznie w WMS, anulowane z klientem). Aby je wysłać, przypisz SKU lub wyślij zamówienie bez tej pozycji (Edytuj).</numerusform>
            <numerusform>Potwierdzenie nie wysyła %n zamówień do magazynu (%1): każde pozostaje opłacone i niewysłane w Lockstep, a po upływie terminu wraca jako zablokowane zamówienie oczekujące. Potwierdzaj tylko, jeśli zamówienie jest obsługiwane poza Lockstep (wprowadzone ręcznie w WMS, anulowane z klientem). Aby je wysłać, przypisz SKU lub wyślij zamówienie bez tej pozycji (Edytuj).</numerusform>
            <numerusform>Potwierdzenie nie wysyła %n zamówień do magazynu (%1): każde pozostaje opłacone i niewysłane w Lockstep, a po upływie terminu wraca jako zablokowane zamówienie oczekujące. Potwierdzaj tylko, jeśli zamówienie jest obsługiwane poza Lockstep (wprowadzone ręcznie w WMS, anulowane z klientem). Aby je wysłać, przypisz SKU lub wyślij zamówienie bez tej pozycji (Edytuj).</numerusform>
        </translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentarz</translation>
    </message>
    <message>
        <source>Ask to intercept</source>
        <translation>Poproś o zatrzymanie</translation>
    </message>
    <message>
        <source>Cannot read what the edit shows: %1</source>
        <translation>Nie można odczytać danych do edycji: %1</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::QueueDetailPanel</name>
    <message>
        <source>Exception details</source>
        <translation>Szczegóły wyjątku</translation>
    </message>
    <message>
        <source>Select an exception to see its reason, facts, payload and history.</source>
        <translation>Wybierz wyjątek, aby zobaczyć jego przyczynę, fakty, dane i historię.</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Wyjątek</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Przyczyna</translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation>Sugerowane działanie</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Waga</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Pierwsze wystąpienie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Odpowiedzialny</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Ostatnie wystąpienie</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Lokalizacja</translation>
    </message>
    <message>
        <source>SLA due</source>
        <translation>Termin SLA</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Cutoff</source>
        <translation>Godzina graniczna</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Próby</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Przypisany do</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Przyczyna źródłowa</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>Przejęty przez</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Dane</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Zamówienie %1</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>Sugerowane: %1</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1 (%2 temu)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot read the history: %1</source>
        <translation>Nie można odczytać historii: %1</translation>
    </message>
    <message>
        <source>No actions yet</source>
        <translation>Brak działań</translation>
    </message>
    <message>
        <source>Now at both systems</source>
        <translation>Obecnie w obu systemach</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Komentarze</translation>
    </message>
    <message>
        <source>Add a comment for the people working on this</source>
        <translation>Dodaj komentarz dla osób, które się tym zajmują</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Nowy komentarz</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Dodaj komentarz</translation>
    </message>
    <message>
        <source>Add the comment to this exception&apos;s thread (Enter)</source>
        <translation>Dodaj komentarz do wątku tego wyjątku (Enter)</translation>
    </message>
    <message>
        <source>Not part of the work of the role &quot;%1&quot; (change the role in Settings).</source>
        <translation>Nie należy do pracy roli „%1” (rolę można zmienić w Ustawieniach).</translation>
    </message>
    <message>
        <source>Cannot read the comments: %1</source>
        <translation>Nie można odczytać komentarzy: %1</translation>
    </message>
    <message>
        <source>Comments (%1)</source>
        <translation>Komentarze (%1)</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Odczytywanie…</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::QueueFilterBar</name>
    <message>
        <source>Any age</source>
        <translation>Dowolny wiek</translation>
    </message>
    <message>
        <source>Older than 1 h</source>
        <translation>Starsze niż 1 godz.</translation>
    </message>
    <message>
        <source>Older than 4 h</source>
        <translation>Starsze niż 4 godz.</translation>
    </message>
    <message>
        <source>Older than 1 day</source>
        <translation>Starsze niż 1 dzień</translation>
    </message>
    <message>
        <source>Older than 1 week</source>
        <translation>Starsze niż 1 tydzień</translation>
    </message>
    <message>
        <source>Search order, SKU, facility or reason</source>
        <translation>Szukaj zamówienia, SKU, lokalizacji lub przyczyny</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Szukaj</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Lokalizacja</translation>
    </message>
    <message>
        <source>All facilities</source>
        <translation>Wszystkie lokalizacje</translation>
    </message>
    <message>
        <source>Owner team</source>
        <translation>Zespół odpowiedzialny</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Wszystkie zespoły</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Wiek</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1”</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Wszystkie</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Moje</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nieprzypisane</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Przyczyna</translation>
    </message>
    <message>
        <source>Only the exceptions of one cause, with how many each has</source>
        <translation>Tylko wyjątki jednej przyczyny, z liczbą dla każdej</translation>
    </message>
    <message>
        <source>All causes</source>
        <translation>Wszystkie przyczyny</translation>
    </message>
    <message>
        <source>Whose exceptions</source>
        <translation>Czyje wyjątki</translation>
    </message>
    <message>
        <source>Only the exceptions assigned to you</source>
        <translation>Tylko wyjątki przypisane do Ciebie</translation>
    </message>
    <message>
        <source>Only the exceptions assigned to nobody</source>
        <translation>Tylko wyjątki nieprzypisane nikomu</translation>
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
        <translation>Zapisane widoki</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Zapisz widok…</translation>
    </message>
    <message>
        <source>Save the current filter as a view</source>
        <translation>Zapisz bieżący filtr jako widok</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Usuń widok</translation>
    </message>
    <message>
        <source>Delete the selected view</source>
        <translation>Usuń wybrany widok</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Działania</translation>
    </message>
    <message>
        <source>%1 table</source>
        <translation>Tabela %1</translation>
    </message>
    <message>
        <source>Queue status</source>
        <translation>Stan kolejki</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <source>Redo the failed step now</source>
        <translation>Wykonaj teraz ponownie nieudany krok</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <source>Correct the record, then retry</source>
        <translation>Popraw rekord, a następnie ponów</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>Potwierdź…</translation>
    </message>
    <message>
        <source>Take it out of the open queue, with a note</source>
        <translation>Usuń go z kolejki otwartych, z notatką</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Przypisz…</translation>
    </message>
    <message>
        <source>Give it to a person or team</source>
        <translation>Przekaż go osobie lub zespołowi</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Przejmij</translation>
    </message>
    <message>
        <source>Take it yourself so nobody else works on it</source>
        <translation>Przejmij go, aby nikt inny się nim nie zajmował</translation>
    </message>
    <message>
        <source>Open order</source>
        <translation>Otwórz zamówienie</translation>
    </message>
    <message>
        <source>Show the order&apos;s lifecycle</source>
        <translation>Pokaż cykl życia zamówienia</translation>
    </message>
    <message>
        <source>%1 shown, counting… · %2</source>
        <translation>wyświetlono %1, liczenie… · %2</translation>
    </message>
    <message>
        <source>%1 of %2 shown · %3</source>
        <translation>wyświetlono %1 z %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n selected</source>
        <translation>
            <numerusform>%1 · zaznaczono %n</numerusform>
            <numerusform>%1 · zaznaczono %n</numerusform>
            <numerusform>%1 · zaznaczono %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing open here. Every record of this kind is in step.</source>
        <translation>Nic tu nie jest otwarte. Każdy rekord tego rodzaju jest zgodny.</translation>
    </message>
    <message>
        <source>Nothing acknowledged in this queue.</source>
        <translation>Nic w tej kolejce nie zostało potwierdzone.</translation>
    </message>
    <message>
        <source>Nothing resolved in this queue yet.</source>
        <translation>Nic w tej kolejce nie zostało jeszcze rozwiązane.</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Zapisz widok</translation>
    </message>
    <message>
        <source>Name for this filter:</source>
        <translation>Nazwa tego filtru:</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Ostatnie działanie</translation>
    </message>
    <message>
        <source>Release claim</source>
        <translation>Zwolnij</translation>
    </message>
    <message>
        <source>Let others work on it again</source>
        <translation>Pozwól innym znów się nim zajmować</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Otwórz ponownie</translation>
    </message>
    <message>
        <source>Put it back in the open queue</source>
        <translation>Przywróć go do kolejki otwartych</translation>
    </message>
    <message>
        <source>Whole filter</source>
        <translation>Cały filtr</translation>
    </message>
    <message>
        <source>Act on everything matching the filter, not only the selected rows (%1)</source>
        <translation>Działaj na wszystkim, co pasuje do filtru, a nie tylko na zaznaczonych wierszach (%1)</translation>
    </message>
    <message>
        <source>Not part of the work of the role &quot;%1&quot; (change the role in Settings).</source>
        <translation>Nie należy do pracy roli „%1” (rolę można zmienić w Ustawieniach).</translation>
    </message>
    <message>
        <source>Nothing matches these filters. Clear the search or choose another facility, owner, age, cause or view.</source>
        <translation>Nic nie pasuje do tych filtrów. Wyczyść wyszukiwanie albo wybierz inny magazyn, zespół, wiek, przyczynę lub widok.</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Widoki</translation>
    </message>
    <message>
        <source>Save or delete a view</source>
        <translation>Zapisz lub usuń widok</translation>
    </message>
    <message>
        <source>Ask to intercept…</source>
        <translation>Poproś o zatrzymanie…</translation>
    </message>
    <message>
        <source>Ask the warehouse to pull the order before the carrier collects it</source>
        <translation>Poproś magazyn o wycofanie zamówienia przed odbiorem przez przewoźnika</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Odczytywanie…</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::QueueTableModel</name>
    <message>
        <source>Severity</source>
        <translation>Waga</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Zamówienie</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Lokalizacja</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Przyczyna</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Odpowiedzialny</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Wiek</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Próby</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Ostatnie wystąpienie</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Cutoff</source>
        <translation>Godzina graniczna</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Przypisany do</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>Przejęty przez</translation>
    </message>
    <message>
        <source>Cannot read the queue: %1</source>
        <translation>Nie można odczytać kolejki: %1</translation>
    </message>
    <message>
        <source>First seen %1</source>
        <translation>Pierwsze wystąpienie: %1</translation>
    </message>
    <message>
        <source>%1 (not sortable)</source>
        <translation>%1 (nie można sortować)</translation>
    </message>
    <message>
        <source>Cannot count the queue: %1</source>
        <translation>Nie można policzyć kolejki: %1</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::ReportsPage</name>
    <message>
        <source>Discrepancies</source>
        <translation>Rozbieżności</translation>
    </message>
    <message>
        <source>Daily reconciliation</source>
        <translation>Uzgodnienie dzienne</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Wyjątki</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Dziennik audytu</translation>
    </message>
    <message>
        <source>Totals differ (tax, shipping, discount)</source>
        <translation>Różne sumy (podatek, wysyłka, rabat)</translation>
    </message>
    <message>
        <source>Shipped, storefront never told</source>
        <translation>Wysłane, sklep nie został powiadomiony</translation>
    </message>
    <message>
        <source>Cancelled in the storefront but shipped</source>
        <translation>Anulowane w sklepie, ale wysłane</translation>
    </message>
    <message>
        <source>Refunded without a return</source>
        <translation>Zwrot środków bez zwrotu towaru</translation>
    </message>
    <message>
        <source>Stock drift</source>
        <translation>Rozjazd stanów magazynowych</translation>
    </message>
    <message>
        <source>The preview could not be read: %1</source>
        <translation>Nie można odczytać podglądu: %1</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raporty</translation>
    </message>
    <message>
        <source>Actor, action or record contains…</source>
        <translation>Osoba, działanie lub rekord zawiera…</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Raport:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <source>(UTC days, both included)</source>
        <translation>(dni wg UTC, oba włącznie)</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Dni:</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filtr:</translation>
    </message>
    <message>
        <source>Contains:</source>
        <translation>Zawiera:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Kolumny:</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Podgląd</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Eksportuj do &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;Excel…</source>
        <translation>Eksportuj do &amp;Excela…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Otwórz plik</translation>
    </message>
    <message>
        <source>Open its folder</source>
        <translation>Otwórz jego folder</translation>
    </message>
    <message>
        <source>Daily reconciliation: orders sold, shipped, cancelled or refunded</source>
        <translation>Uzgodnienie dzienne: zamówienia sprzedane, wysłane, anulowane lub ze zwrotem środków</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Wszystkie rodzaje</translation>
    </message>
    <message>
        <source>Every web storefront</source>
        <translation>Wszystkie sklepy internetowe</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>Wszystkie stany</translation>
    </message>
    <message>
        <source>Every entry</source>
        <translation>Wszystkie wpisy</translation>
    </message>
    <message>
        <source>The first day is after the last.</source>
        <translation>Pierwszy dzień jest późniejszy niż ostatni.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Odczytywanie…</translation>
    </message>
    <message>
        <source>Reading the orders behind %1…</source>
        <translation>Odczytywanie zamówień składających się na %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) behind %1 %2 (%3); Preview shows the days again.</source>
        <translation>
            <numerusform>%1 %2 (%3): %n zamówienie; Podgląd znów pokaże dni.</numerusform>
            <numerusform>%1 %2 (%3): %n zamówienia; Podgląd znów pokaże dni.</numerusform>
            <numerusform>%1 %2 (%3): %n zamówień; Podgląd znów pokaże dni.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s); the export holds them all.</source>
        <translation>
            <numerusform>Pierwszy %n wiersz; eksport zawiera wszystkie.</numerusform>
            <numerusform>Pierwsze %n wiersze; eksport zawiera wszystkie.</numerusform>
            <numerusform>Pierwszych %n wierszy; eksport zawiera wszystkie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in this range.</source>
        <translation>Brak danych w tym zakresie.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n wiersz.</numerusform>
            <numerusform>%n wiersze.</numerusform>
            <numerusform>%n wierszy.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Sprzedane</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Wysłane</translation>
    </message>
    <message>
        <source>Cancelled or refunded</source>
        <translation>Anulowane lub ze zwrotem środków</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Eksportuj raport</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Skoroszyty Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Eksportowanie do %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Anulowanie…</translation>
    </message>
    <message numerus="yes">
        <source>Exporting: %n row(s) written…</source>
        <translation>
            <numerusform>Eksportowanie: zapisano %n wiersz…</numerusform>
            <numerusform>Eksportowanie: zapisano %n wiersze…</numerusform>
            <numerusform>Eksportowanie: zapisano %n wierszy…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>Wyeksportowano %n wiersz do %1.</numerusform>
            <numerusform>Wyeksportowano %n wiersze do %1.</numerusform>
            <numerusform>Wyeksportowano %n wierszy do %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Eksport anulowany; nie zapisano żadnego pliku.</translation>
    </message>
    <message>
        <source>The export failed and no file was written: %1</source>
        <translation>Eksport nie powiódł się i nie zapisano żadnego pliku: %1</translation>
    </message>
    <message>
        <source>sold</source>
        <translation>sprzedane</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>wysłane</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>anulowane</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>zwrócone środki</translation>
    </message>
    <message>
        <source>not yet shipped, cancelled or refunded</source>
        <translation>jeszcze niewysłane, nieanulowane ani niezwrócone</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Po</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Przypisany do</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Próby</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Przed</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Cancelled (orders)</source>
        <translation>Anulowane (zamówienia)</translation>
    </message>
    <message>
        <source>Cancelled (value)</source>
        <translation>Anulowane (wartość)</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Przewoźnik</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>Przejęty przez</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Różnica</translation>
    </message>
    <message>
        <source>Not yet closed (orders)</source>
        <translation>Jeszcze otwarte (zamówienia)</translation>
    </message>
    <message>
        <source>Not yet closed (value)</source>
        <translation>Jeszcze otwarte (wartość)</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabat</translation>
    </message>
    <message>
        <source>Explained by</source>
        <translation>Wyjaśnione przez</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Lokalizacja</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Pierwsze wystąpienie</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Pozycje</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Ostatnie wystąpienie</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Zamówienie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Odpowiedzialny</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Płatność</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Złożone</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Przyczyna</translation>
    </message>
    <message>
        <source>Refunded (orders)</source>
        <translation>Zwrócone (zamówienia)</translation>
    </message>
    <message>
        <source>Refunded (value)</source>
        <translation>Zwrócone (wartość)</translation>
    </message>
    <message>
        <source>Sold (orders)</source>
        <translation>Sprzedane (zamówienia)</translation>
    </message>
    <message>
        <source>Sold (value)</source>
        <translation>Sprzedane (wartość)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Waga</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Przesyłka</translation>
    </message>
    <message>
        <source>Shipped (orders)</source>
        <translation>Wysłane (zamówienia)</translation>
    </message>
    <message>
        <source>Shipped (value)</source>
        <translation>Wysłane (wartość)</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Koszt wysyłki</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>SLA due</source>
        <translation>Termin SLA</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Storefront</source>
        <translation>Sklep</translation>
    </message>
    <message>
        <source>Storefront order id</source>
        <translation>Id zamówienia w sklepie</translation>
    </message>
    <message>
        <source>Storefront status</source>
        <translation>Status w sklepie</translation>
    </message>
    <message>
        <source>Storefront total</source>
        <translation>Suma w sklepie</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Rekord</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Id rekordu</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Typ rekordu</translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation>Sugerowane działanie</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Podatek</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Suma</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Numer przesyłki</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Units difference</source>
        <translation>Różnica sztuk</translation>
    </message>
    <message>
        <source>Units expected</source>
        <translation>Oczekiwane sztuki</translation>
    </message>
    <message>
        <source>Units seen</source>
        <translation>Widziane sztuki</translation>
    </message>
    <message>
        <source>Warehouse status</source>
        <translation>Status w magazynie</translation>
    </message>
    <message>
        <source>Warehouse total</source>
        <translation>Suma w magazynie</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) behind %1 %2 (%3); the first %4 shown, the export holds them all. Preview shows the days again.</source>
        <translation>
            <numerusform>%n zamówienie za %1 %2 (%3); pokazano pierwsze %4, eksport zawiera wszystkie. Podgląd ponownie pokaże dni.</numerusform>
            <numerusform>%n zamówienia za %1 %2 (%3); pokazano pierwsze %4, eksport zawiera wszystkie. Podgląd ponownie pokaże dni.</numerusform>
            <numerusform>%n zamówień za %1 %2 (%3); pokazano pierwsze %4, eksport zawiera wszystkie. Podgląd ponownie pokaże dni.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lockstep::ui::RoleDialog</name>
    <message>
        <source>Opens on the exception queues, with every action.</source>
        <translation>Otwiera się na kolejkach wyjątków, ze wszystkimi działaniami.</translation>
    </message>
    <message>
        <source>Opens on Order lookup, to answer a customer about one order.</source>
        <translation>Otwiera się na stronie Wyszukiwanie zamówień, aby odpowiedzieć klientowi w sprawie jednego zamówienia.</translation>
    </message>
    <message>
        <source>Opens on Reports; nothing is resent to the warehouse from this desktop.</source>
        <translation>Otwiera się na stronie Raporty; z tego stanowiska nic nie jest ponownie wysyłane do magazynu.</translation>
    </message>
    <message>
        <source>Welcome to Lockstep</source>
        <translation>Witamy w Lockstep</translation>
    </message>
    <message>
        <source>Choose your role</source>
        <translation>Wybierz swoją rolę</translation>
    </message>
    <message>
        <source>Who works at this desktop? This sets the page Lockstep opens on and the actions in view. You can change it any time in Settings.</source>
        <translation>Kto pracuje na tym stanowisku? Od tego zależy strona, na której otwiera się Lockstep, oraz widoczne działania. Możesz to zmienić w dowolnej chwili w Ustawieniach.</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>Zdecyduj &amp;później</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Zdecyduj później</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::Roles</name>
    <message>
        <source>Warehouse supervisor</source>
        <translation>Kierownik magazynu</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>Obsługa klienta</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finanse</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::SecretField</name>
    <message>
        <source>Replace…</source>
        <translation>Zastąp…</translation>
    </message>
    <message>
        <source>Replace %1</source>
        <translation>Zastąp: %1</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Nowa wartość: %1</translation>
    </message>
    <message>
        <source>Type or paste the new value</source>
        <translation>Wpisz lub wklej nową wartość</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Store %1</source>
        <translation>Zapisz: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
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
        <translation>Test</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Cause and detail</source>
        <translation>Przyczyna i szczegóły</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Co zrobić</translation>
    </message>
    <message>
        <source>Run checks</source>
        <translation>Uruchom testy</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Uruchom ponownie</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message>
        <source>Checks the database, the configuration, the keychain and every configured system.</source>
        <translation>Sprawdza bazę danych, konfigurację, pęk kluczy i każdy skonfigurowany system.</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>Wszystkie testy zakończyły się powodzeniem.</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed.</source>
        <translation>
            <numerusform>%n test zakończył się błędem.</numerusform>
            <numerusform>%n testy zakończyły się błędem.</numerusform>
            <numerusform>%n testów zakończyło się błędem.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lockstep::ui::SettingsPage</name>
    <message>
        <source>The configuration %1 cannot be edited here: %2</source>
        <translation>Konfiguracji %1 nie można tutaj edytować: %2</translation>
    </message>
    <message>
        <source>Open a configuration</source>
        <translation>Otwórz konfigurację</translation>
    </message>
    <message>
        <source>Lockstep configuration (*.json);;All files (*)</source>
        <translation>Konfiguracja Lockstep (*.json);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Sekcje ustawień</translation>
    </message>
    <message>
        <source>Open configuration…</source>
        <translation>Otwórz konfigurację…</translation>
    </message>
    <message>
        <source>Open a configuration file</source>
        <translation>Otwórz plik konfiguracji</translation>
    </message>
    <message>
        <source>No configuration file is open: the console was started without --config, so the engine is not running. Open a configuration file to edit it; Lockstep runs with it when started as &quot;lockstep --config FILE&quot;.</source>
        <translation>Nie otwarto pliku konfiguracji: konsolę uruchomiono bez --config, więc silnik nie działa. Otwórz plik konfiguracji, aby go edytować; Lockstep użyje go po uruchomieniu jako „lockstep --config FILE”.</translation>
    </message>
    <message>
        <source>Demo mode: these are the sandbox&apos;s settings for this session, read-only. The demo makes them afresh at every start, so there is nothing to save; start Lockstep with --config FILE to edit a real configuration. Language and role below apply at once.</source>
        <translation>Tryb demo: to ustawienia piaskownicy dla tej sesji, tylko do odczytu. Demo tworzy je od nowa przy każdym uruchomieniu, więc nie ma czego zapisywać; aby edytować prawdziwą konfigurację, uruchom Lockstep z --config FILE. Język i rola poniżej obowiązują od razu.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Ogólne</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Połączenia</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>Harmonogramy</translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation>Mapowania</translation>
    </message>
    <message>
        <source>Safety buffers</source>
        <translation>Bufory bezpieczeństwa</translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation>Poziomy usług</translation>
    </message>
    <message>
        <source>Owner teams</source>
        <translation>Zespoły odpowiedzialne</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguracja</translation>
    </message>
    <message>
        <source>Self-test</source>
        <translation>Autotest</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Język systemu</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rola</translation>
    </message>
    <message>
        <source>The role sets the page Lockstep opens on and the actions in view. It applies at once.</source>
        <translation>Od roli zależy strona, na której otwiera się Lockstep, oraz widoczne działania. Zmiana obowiązuje od razu.</translation>
    </message>
    <message>
        <source>How often each job of the engine runs.</source>
        <translation>Jak często uruchamiane jest każde zadanie silnika.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Read new orders every</source>
        <translation>Odczytuj nowe zamówienia co</translation>
    </message>
    <message>
        <source>Pull stock levels every</source>
        <translation>Pobieraj stany magazynowe co</translation>
    </message>
    <message>
        <source>Read shipments every</source>
        <translation>Odczytuj wysyłki co</translation>
    </message>
    <message>
        <source>Check for exceptions every</source>
        <translation>Szukaj wyjątków co</translation>
    </message>
    <message>
        <source>First sync reads back</source>
        <translation>Pierwsza synchronizacja sięga wstecz o</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dni</translation>
    </message>
    <message>
        <source>First sync reads in parallel</source>
        <translation>Równoległe odczyty przy pierwszej synchronizacji</translation>
    </message>
    <message>
        <source>Which facility ships each storefront channel, and where custom checkout fields go in the warehouse order. SKUs that differ between storefront and warehouse are mapped from the SKU mismatches queue (Edit…).</source>
        <translation>Która lokalizacja wysyła zamówienia z każdego kanału sklepu i gdzie w zleceniu magazynowym trafiają własne pola formularza zamówienia. SKU, które różnią się między sklepem a magazynem, mapuje się z kolejki Niezgodne SKU (Edytuj…).</translation>
    </message>
    <message>
        <source>Default facility</source>
        <translation>Domyślna lokalizacja</translation>
    </message>
    <message>
        <source>e.g. DAL-1</source>
        <translation>np. DAL-1</translation>
    </message>
    <message>
        <source>Facility by channel</source>
        <translation>Lokalizacja według kanału</translation>
    </message>
    <message>
        <source>Channel or location</source>
        <translation>Kanał lub punkt sprzedaży</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Lokalizacja</translation>
    </message>
    <message>
        <source>Custom checkout fields</source>
        <translation>Własne pola formularza zamówienia</translation>
    </message>
    <message>
        <source>Storefront field</source>
        <translation>Pole w sklepie</translation>
    </message>
    <message>
        <source>Warehouse field</source>
        <translation>Pole w magazynie</translation>
    </message>
    <message>
        <source>Units held back from what the storefront may sell, so the last items are not sold twice.</source>
        <translation>Sztuki wstrzymywane z puli, którą sklep może sprzedać, aby ostatnie egzemplarze nie zostały sprzedane dwa razy.</translation>
    </message>
    <message>
        <source>Every SKU</source>
        <translation>Każde SKU</translation>
    </message>
    <message>
        <source> units</source>
        <translation> szt.</translation>
    </message>
    <message>
        <source>Per SKU</source>
        <translation>Według SKU</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Sztuki</translation>
    </message>
    <message>
        <source>How long a record may wait before it becomes an exception for a person.</source>
        <translation>Jak długo rekord może czekać, zanim stanie się wyjątkiem wymagającym interwencji.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Warehouse acknowledges a paid order within</source>
        <translation>Magazyn przyjmuje opłacone zamówienie w ciągu</translation>
    </message>
    <message>
        <source>Storefront hears of a shipment within</source>
        <translation>Sklep dowiaduje się o wysyłce w ciągu</translation>
    </message>
    <message>
        <source>Payment may stay pending for</source>
        <translation>Płatność może oczekiwać przez</translation>
    </message>
    <message>
        <source>The team that owns each kind of exception.</source>
        <translation>Zespół odpowiedzialny za każdy rodzaj wyjątku.</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Domyślny (%1)</translation>
    </message>
    <message>
        <source>The self-test needs a database and a configuration: start Lockstep with --config FILE or --demo.</source>
        <translation>Autotest wymaga bazy danych i konfiguracji: uruchom Lockstep z --config FILE lub --demo.</translation>
    </message>
    <message>
        <source>Connections, schedules, mappings, safety buffers, service levels and owner teams live in the configuration file. Use &quot;Open configuration…&quot; above to edit one.</source>
        <translation>Połączenia, harmonogramy, mapowania, bufory bezpieczeństwa, poziomy usług i zespoły odpowiedzialne są zapisane w pliku konfiguracji. Aby go edytować, użyj powyżej „Otwórz konfigurację…”.</translation>
    </message>
    <message>
        <source>New value entered: it goes to the keychain when you save</source>
        <translation>Wprowadzono nową wartość: trafi do pęku kluczy po zapisaniu</translation>
    </message>
    <message>
        <source>Not stored</source>
        <translation>Nie zapisano</translation>
    </message>
    <message>
        <source>Sandbox value, for the demo only</source>
        <translation>Wartość piaskownicy, tylko dla demo</translation>
    </message>
    <message>
        <source>Written in the file (accepted only for a sandbox on this computer)</source>
        <translation>Zapisane w pliku (dopuszczalne tylko dla piaskownicy na tym komputerze)</translation>
    </message>
    <message>
        <source>From the environment variable %1</source>
        <translation>Ze zmiennej środowiskowej %1</translation>
    </message>
    <message>
        <source>Keychain entry %1 (no keychain here to check it)</source>
        <translation>Wpis w pęku kluczy: %1 (brak tu pęku kluczy, aby to sprawdzić)</translation>
    </message>
    <message>
        <source>Keychain entry %1</source>
        <translation>Wpis w pęku kluczy: %1</translation>
    </message>
    <message>
        <source>Stored in the keychain (%1)</source>
        <translation>Zapisane w pęku kluczy (%1)</translation>
    </message>
    <message>
        <source>Not stored: the keychain has no entry %1</source>
        <translation>Nie zapisano: w pęku kluczy brak wpisu %1</translation>
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
            <numerusform>Nie zapisano: najpierw trzeba rozwiązać %n problem.</numerusform>
            <numerusform>Nie zapisano: najpierw trzeba rozwiązać %n problemy.</numerusform>
            <numerusform>Nie zapisano: najpierw trzeba rozwiązać %n problemów.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: there is no keychain on this computer to keep the secrets you typed.</source>
        <translation>Nie zapisano: na tym komputerze nie ma pęku kluczy, w którym można przechować wpisane sekrety.</translation>
    </message>
    <message>
        <source>Not saved: the keychain did not take %1: %2</source>
        <translation>Nie zapisano: pęk kluczy nie przyjął wpisu %1: %2</translation>
    </message>
    <message>
        <source>Not saved: %1 could not be written: %2</source>
        <translation>Nie zapisano: nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>Saved %1 at %2. The engine uses it from its next start.</source>
        <translation>Zapisano %1 (%2). Silnik użyje tego pliku od następnego uruchomienia.</translation>
    </message>
    <message>
        <source>Keychain entry %1: checking…</source>
        <translation>Wpis w pęku kluczy: %1: sprawdzanie…</translation>
    </message>
    <message>
        <source>Keychain entry %1: the keychain did not say whether it is stored: %2</source>
        <translation>Wpis w pęku kluczy: %1: pęk kluczy nie odpowiedział, czy jest zapisany: %2</translation>
    </message>
    <message>
        <source>Saving: storing %1 in the keychain (%2 of %3)…</source>
        <translation>Zapisywanie: zapisywanie %1 w pęku kluczy (%2 z %3)…</translation>
    </message>
    <message>
        <source>Editing %1. When this console&apos;s engine runs from this file, saving restarts the engine in place with the changes.</source>
        <translation>Edycja %1. Jeśli silnik tej konsoli działa z tego pliku, zapisanie od razu uruchamia go ponownie ze zmianami.</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::SkuMappingDialog</name>
    <message>
        <source>Map SKU %1</source>
        <translation>Zmapuj SKU %1</translation>
    </message>
    <message>
        <source>Map and retry</source>
        <translation>Zmapuj i ponów</translation>
    </message>
    <message numerus="yes">
        <source>Storefront SKU %1 is in %n open exception(s). The mapping is kept and applies to all of them; they are sent to the warehouse again.</source>
        <translation>
            <numerusform>SKU sklepu %1 występuje w %n otwartym wyjątku. Mapowanie zostanie zapisane i obejmie go; zostanie on ponownie wysłany do magazynu.</numerusform>
            <numerusform>SKU sklepu %1 występuje w %n otwartych wyjątkach. Mapowanie zostanie zapisane i obejmie je wszystkie; zostaną one ponownie wysłane do magazynu.</numerusform>
            <numerusform>SKU sklepu %1 występuje w %n otwartych wyjątkach. Mapowanie zostanie zapisane i obejmie je wszystkie; zostaną one ponownie wysłane do magazynu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the WMS item that storefront SKU %1 stands for. The mapping is kept for later orders.</source>
        <translation>Wybierz produkt WMS, któremu odpowiada SKU sklepu %1. Mapowanie zostanie zapisane dla kolejnych zamówień.</translation>
    </message>
    <message>
        <source>Search the item master</source>
        <translation>Szukaj w kartotece produktów</translation>
    </message>
    <message>
        <source>Search the WMS item master by SKU or name</source>
        <translation>Szukaj w kartotece produktów WMS według SKU lub nazwy</translation>
    </message>
    <message>
        <source>WMS items</source>
        <translation>Produkty WMS</translation>
    </message>
    <message>
        <source>WMS SKU</source>
        <translation>SKU w WMS</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Send the orders to the warehouse again afterwards</source>
        <translation>Następnie wyślij zamówienia ponownie do magazynu</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Zmapuj</translation>
    </message>
    <message>
        <source>Cannot read the item master: %1</source>
        <translation>Nie można odczytać kartoteki produktów: %1</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Zestaw</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>No WMS item matches “%1”.</source>
        <translation>Żaden produkt WMS nie pasuje do „%1”.</translation>
    </message>
    <message>
        <source>%1 → not mapped (not in the WMS item master)</source>
        <translation>%1 → niezmapowane (brak w kartotece produktów WMS)</translation>
    </message>
    <message>
        <source>%1 → WMS item %2</source>
        <translation>%1 → produkt WMS %2</translation>
    </message>
    <message>
        <source>Choose a WMS item from the list.</source>
        <translation>Wybierz produkt WMS z listy.</translation>
    </message>
    <message>
        <source>%1 × %2 %3</source>
        <translation>%1 × %2 %3</translation>
    </message>
    <message>
        <source>Map %1 to a WMS item</source>
        <translation>Przypisz %1 do pozycji WMS</translation>
    </message>
    <message numerus="yes">
        <source>Send order %1 without its %2 line: the warehouse does not stock it (a gift card, a service). The customer keeps what they paid; the other %n line(s) are shipped.</source>
        <translation>
            <numerusform>Wyślij zamówienie %1 bez pozycji %2: magazyn jej nie prowadzi (karta podarunkowa, usługa). Klient zachowuje to, za co zapłacił; wysyłana jest %n pozostała pozycja.</numerusform>
            <numerusform>Wyślij zamówienie %1 bez pozycji %2: magazyn jej nie prowadzi (karta podarunkowa, usługa). Klient zachowuje to, za co zapłacił; wysyłane są pozostałe %n pozycje.</numerusform>
            <numerusform>Wyślij zamówienie %1 bez pozycji %2: magazyn jej nie prowadzi (karta podarunkowa, usługa). Klient zachowuje to, za co zapłacił; wysyłanych jest pozostałych %n pozycji.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send without the line</source>
        <translation>Wyślij bez pozycji</translation>
    </message>
    <message>
        <source>Leave the line out</source>
        <translation>Pomiń pozycję</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Lockstep keeps storefronts and the warehouse in lockstep and shows people the records that fell out of step.
With no options it opens the console window.</source>
        <translation>Lockstep utrzymuje sklepy i magazyn w synchronizacji i pokazuje ludziom rekordy, które utraciły zgodność.
Bez opcji otwiera okno konsoli.</translation>
    </message>
    <message>
        <source>Run without a window.</source>
        <translation>Uruchom bez okna.</translation>
    </message>
    <message>
        <source>lockstep: cannot open the database: %1</source>
        <translation>lockstep: nie można otworzyć bazy danych: %1</translation>
    </message>
    <message>
        <source>lockstep: no display found (DISPLAY and WAYLAND_DISPLAY are unset), so the console window cannot open; running headless instead.</source>
        <translation>lockstep: nie znaleziono ekranu (DISPLAY i WAYLAND_DISPLAY nie są ustawione), więc nie można otworzyć okna konsoli; zamiast tego praca bez okna.</translation>
    </message>
    <message>
        <source>lockstep: database %1 ready (schema %2).</source>
        <translation>lockstep: baza danych %1 gotowa (schemat %2).</translation>
    </message>
    <message>
        <source>Run the engine with the configuration FILE (JSON; see the engine&apos;s README).</source>
        <translation>Uruchom silnik z plikiem konfiguracji FILE (JSON; zob. README silnika).</translation>
    </message>
    <message>
        <source>Run every job once, then exit (headless).</source>
        <translation>Wykonaj każde zadanie raz, a potem zakończ (bez okna).</translation>
    </message>
    <message>
        <source>Run against the built-in sandbox, with its own demo database.</source>
        <translation>Uruchom na wbudowanej piaskownicy, z jej własną demonstracyjną bazą danych.</translation>
    </message>
    <message>
        <source>Sandbox scenario NAME or FILE for --demo (default: demo).</source>
        <translation>Scenariusz piaskownicy NAME lub FILE dla --demo (domyślnie: demo).</translation>
    </message>
    <message>
        <source>lockstep: the sandbox did not start: %1</source>
        <translation>lockstep: piaskownica nie uruchomiła się: %1</translation>
    </message>
    <message>
        <source>lockstep: configuration %1: %2</source>
        <translation>lockstep: konfiguracja %1: %2</translation>
    </message>
    <message>
        <source>lockstep: a secret could not be read: %1</source>
        <translation>lockstep: nie udało się odczytać sekretu: %1</translation>
    </message>
    <message>
        <source>lockstep: nothing to run: give --config FILE, or --demo to try the sandbox.</source>
        <translation>lockstep: nic do uruchomienia: podaj --config FILE lub --demo, aby wypróbować piaskownicę.</translation>
    </message>
    <message>
        <source>the engine could not start: %1</source>
        <translation>silnik nie mógł się uruchomić: %1</translation>
    </message>
    <message>
        <source>engine started</source>
        <translation>silnik uruchomiony</translation>
    </message>
    <message>
        <source>cycle done: %1 orders read, %2 sent to the warehouse (%3 found already there), %4 cancellations, %5 shipments seen, %6 customers told shipped, %7 stock levels pushed, %8 exceptions raised, %9 resolved</source>
        <translation>cykl zakończony: odczytane zamówienia: %1, przekazane do magazynu: %2 (już tam były: %3), anulowania: %4, zauważone przesyłki: %5, klienci powiadomieni o wysyłce: %6, wysłane stany magazynowe: %7, zgłoszone wyjątki: %8, rozwiązane: %9</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) met and kept for a retry or a person (see the log)</source>
        <translation>
            <numerusform>%n problem napotkany i zachowany do ponowienia lub ręcznej obsługi (zob. dziennik)</numerusform>
            <numerusform>%n problemy napotkane i zachowane do ponowienia lub ręcznej obsługi (zob. dziennik)</numerusform>
            <numerusform>%n problemów napotkanych i zachowanych do ponowienia lub ręcznej obsługi (zob. dziennik)</numerusform>
        </translation>
    </message>
    <message>
        <source>lockstep: no log file: %1</source>
        <translation>lockstep: brak pliku logu: %1</translation>
    </message>
    <message>
        <source>Work as ROLE (supervisor, customer_service or finance) and remember it; skips the first-run question.</source>
        <translation>Pracuj w roli ROLE (supervisor, customer_service lub finance) i zapamiętaj ją; pomija pytanie przy pierwszym uruchomieniu.</translation>
    </message>
    <message>
        <source>Check the database, the configuration, the keychain and every configured system, print one line per check, and exit (non-zero when a check failed).</source>
        <translation>Sprawdź bazę danych, konfigurację, pęk kluczy i każdy skonfigurowany system, wypisz jeden wiersz na test i zakończ (z kodem niezerowym, jeśli któryś test się nie powiódł).</translation>
    </message>
    <message>
        <source>lockstep: unknown role %1 (supervisor, customer_service or finance)</source>
        <translation>lockstep: nieznana rola %1 (supervisor, customer_service lub finance)</translation>
    </message>
    <message>
        <source>lockstep: self-test passed.</source>
        <translation>lockstep: autotest zakończony powodzeniem.</translation>
    </message>
    <message numerus="yes">
        <source>lockstep: self-test failed: %n check(s) failed.</source>
        <translation>
            <numerusform>lockstep: autotest nie powiódł się: %n test zakończył się błędem.</numerusform>
            <numerusform>lockstep: autotest nie powiódł się: %n testy zakończyły się błędem.</numerusform>
            <numerusform>lockstep: autotest nie powiódł się: %n testów zakończyło się błędem.</numerusform>
        </translation>
    </message>
    <message>
        <source>the engine stopped: %1</source>
        <translation>silnik się zatrzymał: %1</translation>
    </message>
    <message>
        <source>lockstep: a demo is already running on this computer, and a new one would erase its database. Use that window, or start another demo with its own database: --demo --db FILE</source>
        <translation>lockstep: na tym komputerze działa już demo, a nowe skasowałoby jego bazę danych. Użyj tamtego okna albo uruchom kolejne demo z własną bazą: --demo --db PLIK</translation>
    </message>
    <message>
        <source>%1; this engine does not start.</source>
        <translation>%1; ten silnik nie startuje.</translation>
    </message>
    <message>
        <source>job %1 finished at %2 (run %3, %4 ms, started %5 ms after it was due)</source>
        <translation>zadanie %1 zakończone o %2 (przebieg %3, %4 ms, rozpoczęte %5 ms po terminie)</translation>
    </message>
    <message numerus="yes">
        <source>%n store return(s) sent to the warehouse as customer returns</source>
        <translation>
            <numerusform>%n zwrot ze sklepu wysłany do magazynu jako zwrot klienta</numerusform>
            <numerusform>%n zwroty ze sklepu wysłane do magazynu jako zwroty klienta</numerusform>
            <numerusform>%n zwrotów ze sklepu wysłanych do magazynu jako zwroty klienta</numerusform>
        </translation>
    </message>
    <message>
        <source>Use the database FILE, or a team&apos;s PostgreSQL database at URL (postgresql://USER@HOST/DB) (default: %1).</source>
        <translation>Użyj bazy danych PLIK albo bazy PostgreSQL zespołu pod adresem URL (postgresql://UŻYTKOWNIK@HOST/BAZA) (domyślnie: %1).</translation>
    </message>
    <message>
        <source>With --headless: while another engine holds the database, wait and take over when it is free, instead of exiting.</source>
        <translation>Z --headless: dopóki inny silnik trzyma bazę danych, czekać i przejąć ją, gdy się zwolni, zamiast kończyć pracę.</translation>
    </message>
    <message>
        <source>%1; this engine stands by to take over.</source>
        <translation>%1; ten silnik czeka w gotowości, aby przejąć pracę.</translation>
    </message>
</context>
<context>
    <name>sandbox</name>
    <message>
        <source>Runs simulated WooCommerce, commercetools, Deposco WMS and POS servers on 127.0.0.1.
The first line on stdout is a JSON object with every system&apos;s endpoints and credentials.</source>
        <translation>Uruchamia symulowane serwery WooCommerce, commercetools, Deposco WMS i POS na 127.0.0.1.
Pierwszy wiersz na stdout to obiekt JSON z punktami końcowymi i danymi dostępowymi każdego systemu.</translation>
    </message>
    <message>
        <source>The sandbox command.</source>
        <translation>Polecenie sandbox.</translation>
    </message>
    <message>
        <source>Scenario FILE, or NAME of a shipped one (%1).</source>
        <translation>Plik scenariusza FILE lub NAME scenariusza dostarczonego z programem (%1).</translation>
    </message>
    <message>
        <source>Also write a Lockstep configuration pointing every connector here.</source>
        <translation>Zapisz też konfigurację Lockstep kierującą tu każdy konektor.</translation>
    </message>
    <message>
        <source>Simulated seconds per real second (default: the scenario&apos;s).</source>
        <translation>Symulowane sekundy na sekundę rzeczywistą (domyślnie: wartość ze scenariusza).</translation>
    </message>
    <message>
        <source>Stop after SECONDS of real time (default: run until stopped).</source>
        <translation>Zatrzymaj po SECONDS sekundach czasu rzeczywistego (domyślnie: działa do zatrzymania).</translation>
    </message>
    <message>
        <source>lockstep sandbox: --scenario FILE|NAME is required.</source>
        <translation>lockstep sandbox: --scenario FILE|NAME jest wymagane.</translation>
    </message>
    <message>
        <source>lockstep sandbox: %1</source>
        <translation>lockstep sandbox: %1</translation>
    </message>
    <message>
        <source>lockstep sandbox: --speed needs a number of 0 or more.</source>
        <translation>lockstep sandbox: --speed wymaga liczby nie mniejszej niż 0.</translation>
    </message>
    <message>
        <source>lockstep sandbox: cannot write %1: %2</source>
        <translation>lockstep sandbox: nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>lockstep sandbox: scenario &quot;%1&quot; running at %2x; ledger at %3. Stop with Ctrl+C.</source>
        <translation>lockstep sandbox: scenariusz „%1” działa z prędkością %2x; rejestr w %3. Zatrzymaj przez Ctrl+C.</translation>
    </message>
    <message>
        <source>lockstep sandbox: stopped; %1 orders placed, %2 sales orders received by the WMS.</source>
        <translation>lockstep sandbox: zatrzymano; złożone zamówienia: %1, zamówienia sprzedaży odebrane przez WMS: %2.</translation>
    </message>
</context>
<context>
    <name>secret</name>
    <message>
        <source>Keeps a connector&apos;s secret in the operating system&apos;s keychain. `set` reads the secret from standard input; the configuration then names the entry as {&quot;keychain&quot;: &quot;ENTRY&quot;}.</source>
        <translation>Przechowuje sekret konektora w pęku kluczy systemu operacyjnego. `set` czyta sekret ze standardowego wejścia; konfiguracja wskazuje potem wpis jako {&quot;keychain&quot;: &quot;ENTRY&quot;}.</translation>
    </message>
    <message>
        <source>The secret command.</source>
        <translation>Polecenie secret.</translation>
    </message>
    <message>
        <source>set, delete or check.</source>
        <translation>set, delete lub check.</translation>
    </message>
    <message>
        <source>The keychain entry, e.g. lockstep/woocommerce/secret.</source>
        <translation>Wpis w pęku kluczy, np. lockstep/woocommerce/secret.</translation>
    </message>
    <message>
        <source>usage: lockstep secret set|delete|check ENTRY</source>
        <translation>użycie: lockstep secret set|delete|check ENTRY</translation>
    </message>
    <message>
        <source>no secret on standard input; nothing stored</source>
        <translation>brak sekretu na standardowym wejściu; nic nie zapisano</translation>
    </message>
    <message>
        <source>stored %1 in the keychain</source>
        <translation>zapisano %1 w pęku kluczy</translation>
    </message>
    <message>
        <source>removed %1 from the keychain</source>
        <translation>usunięto %1 z pęku kluczy</translation>
    </message>
    <message>
        <source>%1 is in the keychain and can be read</source>
        <translation>%1 jest w pęku kluczy i można go odczytać</translation>
    </message>
</context>
</TS>
