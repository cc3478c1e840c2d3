<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>BothSystemsState</name>
    <message>
        <source>payment pending</source>
        <translation>paiement en attente</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>payée</translation>
    </message>
    <message>
        <source>payment failed</source>
        <translation>paiement refusé</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>remboursée</translation>
    </message>
    <message>
        <source>partly refunded</source>
        <translation>partiellement remboursée</translation>
    </message>
    <message>
        <source>Warehouse: cannot read what is waiting to be sent: %1</source>
        <translation>Entrepôt : impossible de lire ce qui attend d&apos;être transmis : %1</translation>
    </message>
    <message>
        <source>Warehouse: no cancellation is waiting to be sent.</source>
        <translation>Entrepôt : aucune annulation n&apos;attend d&apos;être transmise.</translation>
    </message>
    <message>
        <source>Warehouse: not created; the order is held in Lockstep and was never sent.</source>
        <translation>Entrepôt : non créée ; la commande est retenue dans Lockstep et n&apos;a jamais été transmise.</translation>
    </message>
    <message numerus="yes">
        <source>Warehouse: not created yet; waiting to be sent (%n attempt(s) so far).</source>
        <translation>
            <numerusform>Entrepôt : pas encore créée ; en attente de transmission (%n tentative jusqu&apos;ici).</numerusform>
            <numerusform>Entrepôt : pas encore créée ; en attente de transmission (%n tentatives jusqu&apos;ici).</numerusform>
        </translation>
    </message>
    <message>
        <source>Warehouse: not created yet; the last attempt failed (%1), next try %2.</source>
        <translation>Entrepôt : pas encore créée ; la dernière tentative a échoué (%1), prochain essai %2.</translation>
    </message>
    <message>
        <source>Warehouse: refused it: %1</source>
        <translation>Entrepôt : refusée : %1</translation>
    </message>
    <message>
        <source>Warehouse: sent, not yet seen there; a retry asks the warehouse before sending anything.</source>
        <translation>Entrepôt : transmise, pas encore visible là-bas ; une relance interroge l&apos;entrepôt avant de transmettre quoi que ce soit.</translation>
    </message>
    <message>
        <source>Storefront: cannot read the order: %1</source>
        <translation>Boutique : impossible de lire la commande : %1</translation>
    </message>
    <message>
        <source>Storefront: order %1 is not in Lockstep.</source>
        <translation>Boutique : la commande %1 n&apos;est pas dans Lockstep.</translation>
    </message>
    <message>
        <source>Storefront: order %1 is cancelled (%2).</source>
        <translation>Boutique : la commande %1 est annulée (%2).</translation>
    </message>
    <message>
        <source>Storefront: order %1 is %2, %3.</source>
        <translation>Boutique : la commande %1 est %2, %3.</translation>
    </message>
    <message>
        <source>Warehouse: cannot read: %1</source>
        <translation>Entrepôt : lecture impossible : %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message numerus="yes">
        <source>Warehouse: already created as %1 (%2), %n unit(s) shipped.</source>
        <translation>
            <numerusform>Entrepôt : déjà créée sous %1 (%2), %n unité expédiée.</numerusform>
            <numerusform>Entrepôt : déjà créée sous %1 (%2), %n unités expédiées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warehouse: already created as %1 (%2), %n unit(s) back-ordered.</source>
        <translation>
            <numerusform>Entrepôt : déjà créée sous %1 (%2), %n unité en reliquat.</numerusform>
            <numerusform>Entrepôt : déjà créée sous %1 (%2), %n unités en reliquat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warehouse: already created as %1 (%2); a retry sends nothing twice.</source>
        <translation>Entrepôt : déjà créée sous %1 (%2) ; une relance ne transmet rien deux fois.</translation>
    </message>
    <message>
        <source>Not about one order: there is nothing at the storefront or the warehouse to compare.</source>
        <translation>Ne concerne pas une commande précise : il n&apos;y a rien à comparer dans la boutique ni dans l&apos;entrepôt.</translation>
    </message>
    <message>
        <source>Warehouse: being sent right now (%1).</source>
        <translation>Entrepôt : envoi en cours (%1).</translation>
    </message>
    <message>
        <source>by the engine</source>
        <translation>par le moteur</translation>
    </message>
</context>
<context>
    <name>Lockstep</name>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>acquittée</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>résolue</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>Storefront: could not be read (%1).</source>
        <translation>Boutique : lecture impossible (%1).</translation>
    </message>
    <message>
        <source>Storefront: cancelled.</source>
        <translation>Boutique : annulée.</translation>
    </message>
    <message>
        <source>Storefront: %1, %2, told it shipped (%3).</source>
        <translation>Boutique : %1, %2, expédition signalée (%3).</translation>
    </message>
    <message>
        <source>Storefront: %1, %2.</source>
        <translation>Boutique : %1, %2.</translation>
    </message>
    <message>
        <source>Warehouse: could not be read (%1).</source>
        <translation>Entrepôt : lecture impossible (%1).</translation>
    </message>
    <message>
        <source>Warehouse: no sales order for it.</source>
        <translation>Entrepôt : aucune commande client pour elle.</translation>
    </message>
    <message>
        <source>Warehouse: %1 %2 at %3.</source>
        <translation>Entrepôt : %1 %2 à %3.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation>La base de données a refusé la modification : %1</translation>
    </message>
    <message>
        <source>Exception %1 is not about one order.</source>
        <translation>L’anomalie %1 ne concerne pas une seule commande.</translation>
    </message>
    <message>
        <source>The order of exception %1 is not in Lockstep.</source>
        <translation>La commande de l’anomalie %1 n’est pas dans Lockstep.</translation>
    </message>
    <message>
        <source>%1 is not in the WMS item master.</source>
        <translation>%1 n’est pas dans le référentiel articles du WMS.</translation>
    </message>
    <message>
        <source>The exceptions matching the filter could not be read: %1</source>
        <translation>Les anomalies correspondant au filtre n’ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>An acknowledgement needs a note saying what was done.</source>
        <translation>Un acquittement demande une note disant ce qui a été fait.</translation>
    </message>
    <message>
        <source>Exception %1 does not exist.</source>
        <translation>L’anomalie %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Exception %1 is claimed by %2; ask them, or have it assigned to you.</source>
        <translation>L’anomalie %1 est prise en charge par %2 ; demandez-lui, ou faites-vous-la attribuer.</translation>
    </message>
    <message>
        <source>Reading both systems needs the running engine; the console asks it.</source>
        <translation>La lecture des deux systèmes demande le moteur en marche ; la console le lui demande.</translation>
    </message>
    <message>
        <source>Exception %1 is already %2.</source>
        <translation>L’anomalie %1 est déjà %2.</translation>
    </message>
    <message>
        <source>Exception %1 was already assigned so.</source>
        <translation>L’anomalie %1 était déjà attribuée ainsi.</translation>
    </message>
    <message>
        <source>Exception %1 is already claimed by you.</source>
        <translation>Vous avez déjà pris en charge l’anomalie %1.</translation>
    </message>
    <message>
        <source>Exception %1 is already claimed by %2.</source>
        <translation>L’anomalie %1 est déjà prise en charge par %2.</translation>
    </message>
    <message>
        <source>Exception %1 is not claimed.</source>
        <translation>L’anomalie %1 n’est pas prise en charge.</translation>
    </message>
    <message>
        <source>Exception %1 is claimed by %2; only they can release it.</source>
        <translation>L’anomalie %1 est prise en charge par %2 ; seule cette personne peut la libérer.</translation>
    </message>
    <message>
        <source>Exception %1 is already open.</source>
        <translation>L’anomalie %1 est déjà ouverte.</translation>
    </message>
    <message>
        <source>Exception %1 is now %2 (version %3).</source>
        <translation>L’anomalie %1 est maintenant %2 (version %3).</translation>
    </message>
    <message>
        <source>A comment needs some text.</source>
        <translation>Un commentaire demande du texte.</translation>
    </message>
    <message>
        <source>Comment added to exception %1.</source>
        <translation>Commentaire ajouté à l’anomalie %1.</translation>
    </message>
    <message>
        <source>Only an order cancelled past its cutoff can be intercepted at the warehouse.</source>
        <translation>Seule une commande annulée après son heure limite peut être interceptée à l’entrepôt.</translation>
    </message>
    <message>
        <source>Say how and whom you asked (a call to the shift lead, a mail to the floor).</source>
        <translation>Dites comment et à qui vous avez demandé (un appel au chef d’équipe, un mail à l’atelier).</translation>
    </message>
    <message>
        <source>%1 asked %2 to pull the order (%3). Wait for the warehouse: this resolves itself when it cancels the order; if the carrier collects it, arrange a return and refund with the customer.</source>
        <translation>%1 a demandé à %2 de retirer la commande (%3). Attendez l’entrepôt : ceci se résout quand il annule la commande ; si le transporteur l’enlève, organisez un retour et un remboursement avec le client.</translation>
    </message>
    <message>
        <source>the warehouse</source>
        <translation>l’entrepôt</translation>
    </message>
    <message>
        <source>Order %1: the request to pull it is kept; the exception waits for the warehouse.</source>
        <translation>Commande %1 : la demande de retrait est enregistrée ; l’anomalie attend l’entrepôt.</translation>
    </message>
    <message>
        <source>%1 by %2 at %3</source>
        <translation>%1 par %2 à %3</translation>
    </message>
    <message>
        <source>a change with no audit record</source>
        <translation>une modification sans trace d’audit</translation>
    </message>
    <message>
        <source>Exception %1 changed since you read it (version %2, now %3): %4. Read it again before acting.</source>
        <translation>L’anomalie %1 a changé depuis votre lecture (version %2, maintenant %3) : %4. Relisez-la avant d’agir.</translation>
    </message>
    <message>
        <source>Exception %1 is %2; reopen it before a retry.</source>
        <translation>L’anomalie %1 est %2 ; rouvrez-la avant une relance.</translation>
    </message>
    <message>
        <source>A retry of exception %1 (%2) has nothing to send again; edit or acknowledge it.</source>
        <translation>Une relance de l’anomalie %1 (%2) n’a rien à renvoyer ; modifiez-la ou acquittez-la.</translation>
    </message>
    <message>
        <source>Order %1 is cancelled in the storefront: nothing to send to the warehouse.</source>
        <translation>La commande %1 est annulée dans la boutique : rien à envoyer à l’entrepôt.</translation>
    </message>
    <message>
        <source>Order %1 is not paid; it goes to the warehouse once payment is confirmed.</source>
        <translation>La commande %1 n’est pas payée ; elle part à l’entrepôt une fois le paiement confirmé.</translation>
    </message>
    <message>
        <source>Already at the warehouse as %1 (%2 at %3): linked to it, nothing sent.</source>
        <translation>Déjà à l’entrepôt sous %1 (%2 à %3) : liée à elle, rien envoyé.</translation>
    </message>
    <message>
        <source>No cancellation of order %1 is waiting to be sent.</source>
        <translation>Aucune annulation de la commande %1 n’attend d’être envoyée.</translation>
    </message>
    <message>
        <source>Order %1 must be decided again (mappings, facility), which needs the engine&apos;s configuration: give --config.</source>
        <translation>La commande %1 doit être décidée à nouveau (correspondances, site), ce qui demande la configuration du moteur : indiquez --config.</translation>
    </message>
    <message>
        <source>the order was not queued</source>
        <translation>la commande n’a pas été mise en file</translation>
    </message>
    <message>
        <source>due now under %1</source>
        <translation>due maintenant sous %1</translation>
    </message>
    <message>
        <source>still held: %1</source>
        <translation>toujours retenue : %1</translation>
    </message>
    <message>
        <source>Order %1 is still held: %2</source>
        <translation>La commande %1 est toujours retenue : %2</translation>
    </message>
    <message>
        <source>Till return %1 is due now (attempt %2, same idempotency key); the warehouse is asked whether it already has it before anything is sent.</source>
        <translation>Le retour en caisse %1 est dû maintenant (tentative %2, même clé d’idempotence) ; l’entrepôt est interrogé avant tout envoi pour savoir s’il l’a déjà.</translation>
    </message>
    <message>
        <source>Order %1 is due now (attempt %2, same idempotency key); the warehouse is asked whether it already has it before anything is sent.</source>
        <translation>La commande %1 est due maintenant (tentative %2, même clé d’idempotence) ; l’entrepôt est interrogé avant tout envoi pour savoir s’il l’a déjà.</translation>
    </message>
    <message>
        <source>Exception %1 or its outbox entry is gone.</source>
        <translation>L’anomalie %1 ou son entrée d’envoi a disparu.</translation>
    </message>
    <message>
        <source>Not sent yet: %1. It is tried again automatically after a pause.</source>
        <translation>Pas encore envoyé : %1. Une nouvelle tentative se fait automatiquement après une pause.</translation>
    </message>
    <message>
        <source>The warehouse refused it again: %1</source>
        <translation>L’entrepôt l’a de nouveau refusé : %1</translation>
    </message>
    <message>
        <source>Due now; the engine sends it on its next run.</source>
        <translation>Dû maintenant ; le moteur l’envoie à son prochain passage.</translation>
    </message>
    <message>
        <source>The storefront was told it shipped.</source>
        <translation>La boutique a été informée de l’expédition.</translation>
    </message>
    <message>
        <source>The warehouse already had the customer return: nothing was sent twice.</source>
        <translation>L’entrepôt avait déjà le retour client : rien n’a été envoyé deux fois.</translation>
    </message>
    <message>
        <source>The warehouse has the customer return.</source>
        <translation>L’entrepôt a le retour client.</translation>
    </message>
    <message>
        <source>Already at the warehouse as %1 (%2 at %3): nothing was sent twice.</source>
        <translation>Déjà à l’entrepôt sous %1 (%2 à %3) : rien n’a été envoyé deux fois.</translation>
    </message>
    <message>
        <source>At the warehouse as %1 (%2 at %3).</source>
        <translation>À l’entrepôt sous %1 (%2 à %3).</translation>
    </message>
    <message>
        <source>Still %1 short; the warehouse allocates again when stock arrives.</source>
        <translation>Il manque encore %1 ; l’entrepôt réserve à nouveau à l’arrivée du stock.</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unité</numerusform>
            <numerusform>%n unités</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing left to cancel at the warehouse.</source>
        <translation>Plus rien à annuler à l’entrepôt.</translation>
    </message>
    <message>
        <source>Sent to the warehouse.</source>
        <translation>Envoyée à l’entrepôt.</translation>
    </message>
    <message>
        <source>Exception %1 names no storefront SKU.</source>
        <translation>L’anomalie %1 ne nomme aucun SKU de boutique.</translation>
    </message>
    <message>
        <source>stock of %1 to be pushed again</source>
        <translation>stock de %1 à renvoyer</translation>
    </message>
    <message>
        <source>The warehouse figure for %1 goes to %2 again (attempt %3).</source>
        <translation>Le chiffre de l’entrepôt pour %1 repart vers %2 (tentative %3).</translation>
    </message>
    <message>
        <source>Exception %1 names no shipment.</source>
        <translation>L’anomalie %1 ne nomme aucune expédition.</translation>
    </message>
    <message>
        <source>The storefront already shows shipment %1 as shipped: nothing was sent twice.</source>
        <translation>La boutique montre déjà l’expédition %1 comme expédiée : rien n’a été envoyé deux fois.</translation>
    </message>
    <message>
        <source>Shipment %1 is not in Lockstep.</source>
        <translation>L’expédition %1 n’est pas dans Lockstep.</translation>
    </message>
    <message>
        <source>Shipment %1 has not been collected by the carrier: the storefront hears &quot;shipped&quot; only then.</source>
        <translation>L’expédition %1 n’a pas été enlevée par le transporteur : la boutique n’apprend « expédiée » qu’à ce moment.</translation>
    </message>
    <message>
        <source>The &quot;shipped&quot; message for shipment %1 is due now (attempt %2, same idempotency key).</source>
        <translation>Le message « expédiée » de l’expédition %1 est dû maintenant (tentative %2, même clé d’idempotence).</translation>
    </message>
    <message>
        <source>Order %1 is not at the warehouse: there are no totals to compare.</source>
        <translation>La commande %1 n’est pas à l’entrepôt : il n’y a pas de totaux à comparer.</translation>
    </message>
    <message>
        <source>Read again: the storefront&apos;s %1 and the warehouse&apos;s %2 agree now.</source>
        <translation>Relu : %1 côté boutique et %2 côté entrepôt concordent maintenant.</translation>
    </message>
    <message>
        <source>read again: still different</source>
        <translation>relu : toujours différent</translation>
    </message>
    <message>
        <source>Read again, still different: %1</source>
        <translation>Relu, toujours différent : %1</translation>
    </message>
    <message>
        <source>Not pushed: %1. The next stock job pushes it.</source>
        <translation>Non envoyé : %1. La prochaine tâche de stock l’envoie.</translation>
    </message>
    <message>
        <source>%1 now shows %2 for %3, the warehouse figure.</source>
        <translation>%1 affiche maintenant %2 pour %3, le chiffre de l’entrepôt.</translation>
    </message>
    <message>
        <source>Exception %1 is %2; reopen it before an edit.</source>
        <translation>L’anomalie %1 est %2 ; rouvrez-la avant de la modifier.</translation>
    </message>
    <message>
        <source>A SKU mapping needs the storefront SKU, the WMS item and an exception about an order.</source>
        <translation>Une correspondance de SKU demande le SKU de la boutique, l’article du WMS et une anomalie sur une commande.</translation>
    </message>
    <message>
        <source>%1 mapped to %2</source>
        <translation>%1 associé à %2</translation>
    </message>
    <message>
        <source>%1 now maps to WMS item %2.</source>
        <translation>%1 correspond maintenant à l’article WMS %2.</translation>
    </message>
    <message>
        <source>Exception %1 has the same SKU but is claimed by %2; left to them.</source>
        <translation>L’anomalie %1 a le même SKU mais est prise en charge par %2 ; laissée à cette personne.</translation>
    </message>
    <message>
        <source>Order %1 is already at the warehouse; change it there (or cancel it and send it again).</source>
        <translation>La commande %1 est déjà à l’entrepôt ; modifiez-la là-bas (ou annulez-la et renvoyez-la).</translation>
    </message>
    <message>
        <source>Choose a facility.</source>
        <translation>Choisissez un site.</translation>
    </message>
    <message>
        <source>Order %1 has no warehouse order waiting to be sent, so there is no line to adjust.</source>
        <translation>La commande %1 n’a pas de commande d’entrepôt en attente d’envoi, il n’y a donc pas de ligne à ajuster.</translation>
    </message>
    <message>
        <source>Order %1 goes to facility %2.</source>
        <translation>La commande %1 va au site %2.</translation>
    </message>
    <message>
        <source>Order %1 has no line %2 to adjust.</source>
        <translation>La commande %1 n’a pas de ligne %2 à ajuster.</translation>
    </message>
    <message>
        <source>Line %1 of order %2 is now %3 × %4.</source>
        <translation>La ligne %1 de la commande %2 est maintenant %3 × %4.</translation>
    </message>
    <message>
        <source>Only an order held by a SKU mismatch can be sent without a line.</source>
        <translation>Seule une commande retenue par un SKU non concordant peut partir sans une ligne.</translation>
    </message>
    <message>
        <source>Order %1 is already on its way to the warehouse; change it there.</source>
        <translation>La commande %1 est déjà en route vers l’entrepôt ; modifiez-la là-bas.</translation>
    </message>
    <message>
        <source>Order %1 has no line with SKU %2.</source>
        <translation>La commande %1 n’a pas de ligne avec le SKU %2.</translation>
    </message>
    <message>
        <source>Order %1 has no other line: without SKU %2 nothing would go to the warehouse. Cancel or refund it in the storefront instead.</source>
        <translation>La commande %1 n’a pas d’autre ligne : sans le SKU %2, rien ne partirait à l’entrepôt. Annulez-la ou remboursez-la plutôt dans la boutique.</translation>
    </message>
    <message>
        <source>Order %1 goes to the warehouse without its line of SKU %2.</source>
        <translation>La commande %1 part à l’entrepôt sans sa ligne du SKU %2.</translation>
    </message>
    <message>
        <source>A field mapping needs the checkout field and the WMS field.</source>
        <translation>Une correspondance de champ demande le champ de commande et le champ du WMS.</translation>
    </message>
    <message>
        <source>Checkout field %1 now maps to WMS field %2 for every later order.</source>
        <translation>Le champ de commande %1 correspond maintenant au champ WMS %2 pour toute commande à venir.</translation>
    </message>
    <message>
        <source>Order %1 reached the warehouse without it.</source>
        <translation>La commande %1 est arrivée à l’entrepôt sans lui.</translation>
    </message>
    <message>
        <source> (not recorded: %1)</source>
        <translation> (non enregistré : %1)</translation>
    </message>
    <message>
        <source>Exception %1 is not about one order: there is no order to read.</source>
        <translation>L’anomalie %1 ne concerne pas une seule commande : il n’y a pas de commande à lire.</translation>
    </message>
    <message>
        <source>Order %1 cannot go to the warehouse: %2.</source>
        <translation>La commande %1 ne peut pas partir à l’entrepôt : %2.</translation>
    </message>
    <message>
        <source>Correct the order in the storefront (quantities above zero, no negative amounts); it is taken in again and sent once it changes.</source>
        <translation>Corrigez la commande dans la boutique (quantités supérieures à zéro, aucun montant négatif) ; elle est reprise et envoyée dès qu’elle change.</translation>
    </message>
    <message>
        <source>Order %1 came from channel &quot;%2&quot;, which is mapped to no facility, so a person routes its orders.</source>
        <translation>La commande %1 vient du canal « %2 », associé à aucun site : une personne oriente ses commandes.</translation>
    </message>
    <message>
        <source>Order %1 came from channel &quot;%2&quot;, which maps to no facility, and no default facility is set.</source>
        <translation>La commande %1 vient du canal « %2 », qui ne correspond à aucun site, et aucun site par défaut n’est défini.</translation>
    </message>
    <message>
        <source>Map the channel to a facility in Settings, or choose a facility for this order, then retry.</source>
        <translation>Associez le canal à un site dans les Paramètres, ou choisissez un site pour cette commande, puis relancez.</translation>
    </message>
    <message>
        <source>Order %1 cannot go to the warehouse: SKU %2 is not in the WMS item master.</source>
        <translation>La commande %1 ne peut pas partir à l’entrepôt : le SKU %2 n’est pas dans le référentiel articles du WMS.</translation>
    </message>
    <message>
        <source>Map the storefront SKU to a WMS item (Edit), or add the item to the WMS item master, then retry.</source>
        <translation>Associez le SKU de la boutique à un article WMS (Modifier), ou ajoutez l’article au référentiel du WMS, puis relancez.</translation>
    </message>
    <message>
        <source>Order %1 has checkout fields with no WMS mapping: %2. The warehouse will not see them.</source>
        <translation>La commande %1 a des champs de commande sans correspondance WMS : %2. L’entrepôt ne les verra pas.</translation>
    </message>
    <message>
        <source>Map the field to a WMS field in Settings; orders already sent keep their values in Lockstep.</source>
        <translation>Associez le champ à un champ WMS dans les Paramètres ; les commandes déjà envoyées gardent leurs valeurs dans Lockstep.</translation>
    </message>
    <message>
        <source>Till return %1 was taken back at store %2, which maps to no facility, so the warehouse cannot be told the goods are coming back.</source>
        <translation>Le retour en caisse %1 a été repris au magasin %2, qui ne correspond à aucun site : l’entrepôt ne peut pas apprendre que la marchandise revient.</translation>
    </message>
    <message>
        <source>Map the store to a facility in Settings, or choose a facility for this return, then retry.</source>
        <translation>Associez le magasin à un site dans les Paramètres, ou choisissez un site pour ce retour, puis relancez.</translation>
    </message>
    <message>
        <source>Till return %1 at store %2 cannot go to the warehouse: SKU %3 is not in the WMS item master.</source>
        <translation>Le retour en caisse %1 au magasin %2 ne peut pas partir à l’entrepôt : le SKU %3 n’est pas dans le référentiel articles du WMS.</translation>
    </message>
    <message>
        <source>Map the till SKU to a WMS item (Edit), or add the item to the WMS item master, then retry.</source>
        <translation>Associez le SKU de caisse à un article WMS (Modifier), ou ajoutez l’article au référentiel du WMS, puis relancez.</translation>
    </message>
    <message>
        <source>The warehouse refused order %1: %2</source>
        <translation>L’entrepôt a refusé la commande %1 : %2</translation>
    </message>
    <message>
        <source>Correct the order or the mapping the warehouse refused, then retry.</source>
        <translation>Corrigez la commande ou la correspondance refusée par l’entrepôt, puis relancez.</translation>
    </message>
    <message>
        <source>Order %1 was cancelled in the storefront, but the carrier collected it from %2 although the warehouse was asked to pull it.</source>
        <translation>La commande %1 a été annulée dans la boutique, mais le transporteur l’a enlevée à %2 bien que l’entrepôt ait été prié de la retirer.</translation>
    </message>
    <message>
        <source>Order %1 was cancelled in the storefront, but the carrier collected it from %2.</source>
        <translation>La commande %1 a été annulée dans la boutique, mais le transporteur l’a enlevée à %2.</translation>
    </message>
    <message>
        <source>Tell the customer the parcel is on its way, and arrange its return and the refund; acknowledge once done.</source>
        <translation>Dites au client que le colis est en route, organisez son retour et le remboursement ; acquittez une fois fait.</translation>
    </message>
    <message>
        <source>Order %1 was cancelled in the storefront, but the warehouse could only cancel its back-ordered units: it was %2 at %3. The rest will ship.</source>
        <translation>La commande %1 a été annulée dans la boutique, mais l’entrepôt n’a pu annuler que ses unités en reliquat : elle était %2 à %3. Le reste sera expédié.</translation>
    </message>
    <message>
        <source>Order %1 was cancelled in the storefront, but the warehouse had already locked it (%2 at %3). It will ship unless stopped.</source>
        <translation>La commande %1 a été annulée dans la boutique, mais l’entrepôt l’avait déjà verrouillée (%2 à %3). Elle sera expédiée si personne ne l’arrête.</translation>
    </message>
    <message>
        <source>Ask the warehouse to pull the order before the carrier collects it, or arrange a return and refund with the customer.</source>
        <translation>Demandez à l’entrepôt de retirer la commande avant l’enlèvement, ou organisez un retour et un remboursement avec le client.</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 allocated)</source>
        <translation>%1 (%2 sur %3 réservés)</translation>
    </message>
    <message>
        <source>Order %1 is %2 at %3: stock could not be allocated for %4.</source>
        <translation>La commande %1 est %2 à %3 : le stock n’a pas pu être réservé pour %4.</translation>
    </message>
    <message>
        <source>%1 of %2 units</source>
        <translation>%1 unités sur %2</translation>
    </message>
    <message>
        <source>Move stock from another facility or wait for the inbound delivery, then retry the allocation.</source>
        <translation>Transférez du stock depuis un autre site ou attendez la livraison entrante, puis relancez la réservation.</translation>
    </message>
    <message>
        <source>, less %1 sold there since, so %2 expected</source>
        <translation>, moins %1 vendues là-bas depuis, donc %2 attendues</translation>
    </message>
    <message>
        <source>%1 shows %2 of %3, but Lockstep last pushed %4 (%5 ago)%6: %7 %8.</source>
        <translation>%1 affiche %2 de %3, mais Lockstep a envoyé %4 en dernier (il y a %5)%6 : %7 %8.</translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1 unités</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>un temps inconnu</translation>
    </message>
    <message>
        <source>more, so the storefront may oversell</source>
        <translation>de plus, la boutique risque de survendre</translation>
    </message>
    <message>
        <source>fewer, so sales may be lost</source>
        <translation>de moins, des ventes risquent d’être perdues</translation>
    </message>
    <message>
        <source>Find who changed the stock in the storefront; the next stock push restores the warehouse figure.</source>
        <translation>Trouvez qui a modifié le stock dans la boutique ; le prochain envoi de stock rétablit le chiffre de l’entrepôt.</translation>
    </message>
    <message>
        <source>order %1: %2</source>
        <translation>commande %1 : %2</translation>
    </message>
    <message>
        <source>no SKU</source>
        <translation>aucun SKU</translation>
    </message>
    <message>
        <source>SKU %1</source>
        <translation>SKU %1</translation>
    </message>
    <message>
        <source>line %1 (%2): %3 %4</source>
        <translation>ligne %1 (%2) : %3 %4</translation>
    </message>
    <message>
        <source>No shipped message was queued for it.</source>
        <translation>Aucun message d’expédition n’a été mis en file pour elle.</translation>
    </message>
    <message>
        <source>The shipped message is queued and has not been tried yet.</source>
        <translation>Le message d’expédition est en file et n’a pas encore été tenté.</translation>
    </message>
    <message>
        <source>The shipped message failed %1; last error: %2</source>
        <translation>Le message d’expédition a échoué %1 ; dernière erreur : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n fois</numerusform>
            <numerusform>%n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>The storefront refused the shipped message: %1</source>
        <translation>La boutique a refusé le message d’expédition : %1</translation>
    </message>
    <message>
        <source>%1 collected %2 of order %3 (tracking %4) %5 ago, and the storefront has not been told (SLA %6 min). %7</source>
        <translation>%1 a enlevé %2 de la commande %3 (suivi %4) il y a %5, et la boutique n’a pas été informée (SLA %6 min). %7</translation>
    </message>
    <message>
        <source>The carrier</source>
        <translation>Le transporteur</translation>
    </message>
    <message>
        <source>Retry the shipped message, or mark the order shipped in the storefront with the tracking number.</source>
        <translation>Relancez le message d’expédition, ou marquez la commande expédiée dans la boutique avec le numéro de suivi.</translation>
    </message>
    <message>
        <source>In %1, %2 shows its parent&apos;s SKU %3 instead of its own: %4. The warehouse cannot tell it from its parent.</source>
        <translation>Dans %1, %2 affiche le SKU %3 de son parent au lieu du sien : %4. L’entrepôt ne peut pas la distinguer de son parent.</translation>
    </message>
    <message>
        <source>In %1, %2 show their parent&apos;s SKU %3 instead of their own: %4. The warehouse cannot tell them apart.</source>
        <translation>Dans %1, %2 affichent le SKU %3 de leur parent au lieu du leur : %4. L’entrepôt ne peut pas les distinguer.</translation>
    </message>
    <message numerus="yes">
        <source>%n variation(s)</source>
        <translation>
            <numerusform>%n variante</numerusform>
            <numerusform>%n variantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Give each variation its own SKU in the storefront (as in the WMS item master), or map it (Edit).</source>
        <translation>Donnez à chaque variante son propre SKU dans la boutique (comme dans le référentiel du WMS), ou associez-la (Modifier).</translation>
    </message>
    <message>
        <source>In %1, SKU %2 is used by %3 products: %4. Stock pushed for it lands on one of them at random.</source>
        <translation>Dans %1, le SKU %2 est utilisé par %3 produits : %4. Le stock envoyé pour lui tombe au hasard sur l’un d’eux.</translation>
    </message>
    <message>
        <source>Keep the SKU on one product and give the others their own (or retire the duplicate listing).</source>
        <translation>Gardez le SKU sur un seul produit et donnez aux autres le leur (ou retirez l’annonce en double).</translation>
    </message>
    <message>
        <source>Bundle %1 needs %2, which is not in the WMS item master: orders for the bundle cannot go to the warehouse and its stock reads as zero.</source>
        <translation>Le lot %1 a besoin de %2, absent du référentiel articles du WMS : les commandes du lot ne peuvent pas partir à l’entrepôt et son stock vaut zéro.</translation>
    </message>
    <message>
        <source>Bundle %1 needs %2, which are not in the WMS item master: orders for the bundle cannot go to the warehouse and its stock reads as zero.</source>
        <translation>Le lot %1 a besoin de %2, absents du référentiel articles du WMS : les commandes du lot ne peuvent pas partir à l’entrepôt et son stock vaut zéro.</translation>
    </message>
    <message>
        <source>Add the component to the WMS item master, or correct the bundle&apos;s kit lines in the WMS.</source>
        <translation>Ajoutez le composant au référentiel du WMS, ou corrigez les lignes de kit du lot dans le WMS.</translation>
    </message>
    <message>
        <source>Order %1 is %2 at the warehouse (%3) since %4 ago, but the storefront still shows it as &quot;%5&quot; (SLA %6 min).</source>
        <translation>La commande %1 est %2 à l’entrepôt (%3) depuis %4, mais la boutique l’affiche encore « %5 » (SLA %6 min).</translation>
    </message>
    <message>
        <source>Check the order in the storefront and mark it completed with the tracking number; retry the shipped message if it failed.</source>
        <translation>Vérifiez la commande dans la boutique et marquez-la terminée avec le numéro de suivi ; relancez le message d’expédition s’il a échoué.</translation>
    </message>
    <message>
        <source>Cancel the order in the storefront (and refund the customer) to match the warehouse.</source>
        <translation>Annulez la commande dans la boutique (et remboursez le client) pour suivre l’entrepôt.</translation>
    </message>
    <message>
        <source>Order %1 was placed %2 ago and is still &quot;%3&quot; without payment (SLA %4 min); it will not go to the warehouse until it is paid.</source>
        <translation>La commande %1 a été passée il y a %2 et est toujours « %3 » sans paiement (SLA %4 min) ; elle ne partira pas à l’entrepôt avant d’être payée.</translation>
    </message>
    <message>
        <source>Contact the customer about the payment, or cancel the order in the storefront.</source>
        <translation>Contactez le client au sujet du paiement, ou annulez la commande dans la boutique.</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>aucune enregistrée</translation>
    </message>
    <message>
        <source>Lockstep has not queued it for the warehouse.</source>
        <translation>Lockstep ne l’a pas mise en file pour l’entrepôt.</translation>
    </message>
    <message>
        <source>The send to the warehouse was given up after %1 and waits for a retry; last error: %2</source>
        <translation>L’envoi à l’entrepôt a été abandonné après %1 et attend une relance ; dernière erreur : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n tentative</numerusform>
            <numerusform>%n tentatives</numerusform>
        </translation>
    </message>
    <message>
        <source>It was sent, but the warehouse has not shown it as received.</source>
        <translation>Elle a été envoyée, mais l’entrepôt ne l’a pas montrée comme reçue.</translation>
    </message>
    <message>
        <source>The send to the warehouse is queued and has not been tried yet.</source>
        <translation>L’envoi à l’entrepôt est en file et n’a pas encore été tenté.</translation>
    </message>
    <message>
        <source>The send to the warehouse has failed %1; last error: %2</source>
        <translation>L’envoi à l’entrepôt a échoué %1 ; dernière erreur : %2</translation>
    </message>
    <message>
        <source>Order %1 was paid %2 ago and the warehouse has not acknowledged it (SLA %3 min). %4</source>
        <translation>La commande %1 a été payée il y a %2 et l’entrepôt ne l’a pas confirmée (SLA %3 min). %4</translation>
    </message>
    <message>
        <source>Check that the warehouse connection is healthy, look the order up at the WMS, then retry the send.</source>
        <translation>Vérifiez que la connexion à l’entrepôt fonctionne, cherchez la commande dans le WMS, puis relancez l’envoi.</translation>
    </message>
    <message>
        <source>Till return %1 (%2) at store %3</source>
        <translation>Le retour en caisse %1 (%2) au magasin %3</translation>
    </message>
    <message>
        <source>%1 was refused by the warehouse: %2. %3 does not know the goods are coming back.</source>
        <translation>%1 a été refusé par l’entrepôt : %2. %3 ne sait pas que la marchandise revient.</translation>
    </message>
    <message>
        <source>%1 has not reached the warehouse %2 after Lockstep took it in (SLA %3 min): %4 does not know the goods are coming back. %5</source>
        <translation>%1 n’a pas atteint l’entrepôt %2 après sa prise en compte par Lockstep (SLA %3 min) : %4 ne sait pas que la marchandise revient. %5</translation>
    </message>
    <message>
        <source>It is queued and has not been tried yet.</source>
        <translation>Il est en file et n’a pas encore été tenté.</translation>
    </message>
    <message>
        <source>It failed %1; last error: %2</source>
        <translation>Échec %1 ; dernière erreur : %2</translation>
    </message>
    <message>
        <source>Correct what the warehouse refused (the item, the facility), then retry; or enter the return at the warehouse and acknowledge.</source>
        <translation>Corrigez ce que l’entrepôt a refusé (l’article, le site), puis relancez ; ou saisissez le retour à l’entrepôt et acquittez.</translation>
    </message>
    <message>
        <source>Retry: the warehouse is asked whether it already has the return before anything is sent.</source>
        <translation>Relancer : l’entrepôt est interrogé avant tout envoi pour savoir s’il a déjà le retour.</translation>
    </message>
    <message>
        <source>fees</source>
        <translation>frais</translation>
    </message>
    <message>
        <source>shipping</source>
        <translation>livraison</translation>
    </message>
    <message>
        <source>tax</source>
        <translation>taxe</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>remise</translation>
    </message>
    <message>
        <source>totals</source>
        <translation>totaux</translation>
    </message>
    <message>
        <source>No single part explains the difference.</source>
        <translation>Aucun poste seul n’explique l’écart.</translation>
    </message>
    <message>
        <source>The difference matches the %1.</source>
        <translation>L’écart correspond au poste « %1 ».</translation>
    </message>
    <message>
        <source>Order %1 is worth %2 in the storefront but %3 at the warehouse (difference %4). Storefront: items %5, discount -%6, shipping %7, tax %8, other %9. %10</source>
        <translation>La commande %1 vaut %2 dans la boutique mais %3 à l’entrepôt (écart %4). Boutique : articles %5, remise -%6, livraison %7, taxe %8, autres %9. %10</translation>
    </message>
    <message>
        <source>Check how the storefront&apos;s %1 is mapped to the warehouse order; correct the order value in the WMS or acknowledge the difference for finance.</source>
        <translation>Vérifiez comment le poste « %1 » de la boutique est reporté sur la commande d’entrepôt ; corrigez la valeur dans le WMS ou acquittez l’écart pour la comptabilité.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 asked %2 to pull the order before the carrier collects it: %3</source>
        <translation>%1 a demandé à %2 de retirer la commande avant l’enlèvement par le transporteur : %3</translation>
    </message>
    <message>
        <source>Already at the warehouse as %1 (%2), found before a retry</source>
        <translation>Déjà à l’entrepôt sous %1 (%2), trouvée avant une nouvelle tentative</translation>
    </message>
    <message>
        <source>Retry asked by %1 (attempt %2)</source>
        <translation>Nouvelle tentative demandée par %1 (tentative %2)</translation>
    </message>
    <message>
        <source>Retry asked by %1 (attempt %2): still held</source>
        <translation>Nouvelle tentative demandée par %1 (tentative %2) : toujours retenue</translation>
    </message>
    <message>
        <source>%1 chose to send it without SKU %2</source>
        <translation>%1 a choisi de l’envoyer sans le SKU %2</translation>
    </message>
    <message>
        <source>Both systems read before a retry: %1</source>
        <translation>Les deux systèmes lus avant une nouvelle tentative : %1</translation>
    </message>
    <message>
        <source>Order %1 placed: %2 %3</source>
        <translation>Commande %1 passée : %2 %3</translation>
    </message>
    <message>
        <source>Payment confirmed</source>
        <translation>Paiement confirmé</translation>
    </message>
    <message>
        <source>Status changed from %1 to %2</source>
        <translation>Statut passé de %1 à %2</translation>
    </message>
    <message>
        <source>Cancelled before it reached the warehouse</source>
        <translation>Annulée avant d’atteindre l’entrepôt</translation>
    </message>
    <message>
        <source>Cancellation queued for the warehouse</source>
        <translation>Annulation mise en file pour l’entrepôt</translation>
    </message>
    <message>
        <source>Queued for the warehouse at %1</source>
        <translation>Mise en file pour l’entrepôt %1</translation>
    </message>
    <message>
        <source>Queued for the warehouse at %1 without %2, as a person chose</source>
        <translation>Mise en file pour l’entrepôt %1 sans %2, comme choisi par une personne</translation>
    </message>
    <message numerus="yes">
        <source>Return of %n unit(s) queued for the warehouse at %1 as customer return %2</source>
        <translation>
            <numerusform>Retour de %n unité mis en file pour l’entrepôt %1 comme retour client %2</numerusform>
            <numerusform>Retour de %n unités mis en file pour l’entrepôt %1 comme retour client %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Already at the warehouse as %1 (%2)</source>
        <translation>Déjà à l’entrepôt sous %1 (%2)</translation>
    </message>
    <message>
        <source>Received by the warehouse as %1 at %2</source>
        <translation>Reçue par l’entrepôt sous %1 à %2</translation>
    </message>
    <message>
        <source>Already at the warehouse as customer return %1 for %2</source>
        <translation>Déjà à l’entrepôt comme retour client %1 pour %2</translation>
    </message>
    <message>
        <source>Received by the warehouse as customer return %1 for %2</source>
        <translation>Reçu par l’entrepôt comme retour client %1 pour %2</translation>
    </message>
    <message>
        <source>Nothing left to cancel at the warehouse</source>
        <translation>Plus rien à annuler à l’entrepôt</translation>
    </message>
    <message>
        <source>Cancelled at the warehouse</source>
        <translation>Annulée à l&apos;entrepôt</translation>
    </message>
    <message>
        <source>Customer told: shipped with %1, tracking %2</source>
        <translation>Client informé : expédiée avec %1, suivi %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Label printed for %1, tracking %2</source>
        <translation>Étiquette imprimée pour %1, suivi %2</translation>
    </message>
    <message>
        <source>Packed at %1, waiting for %2 to collect</source>
        <translation>Emballée à %1, en attente de l’enlèvement par %2</translation>
    </message>
    <message>
        <source>Collected by %1, tracking %2</source>
        <translation>Enlevée par %1, suivi %2</translation>
    </message>
    <message>
        <source>In transit with %1, tracking %2</source>
        <translation>En transit avec %1, suivi %2</translation>
    </message>
    <message>
        <source>Delivered by %1, tracking %2</source>
        <translation>Livrée par %1, suivi %2</translation>
    </message>
    <message>
        <source>Label voided for %1, tracking %2</source>
        <translation>Étiquette annulée pour %1, suivi %2</translation>
    </message>
    <message>
        <source>The storefront shows the stock Lockstep pushed</source>
        <translation>La boutique affiche le stock envoyé par Lockstep</translation>
    </message>
    <message>
        <source>Each SKU is on one listing of its own</source>
        <translation>Chaque SKU a sa propre fiche</translation>
    </message>
    <message>
        <source>Sent to the warehouse at %1</source>
        <translation>Envoyée à l’entrepôt %1</translation>
    </message>
    <message>
        <source>No longer pending: acknowledged by the warehouse, paid, or closed</source>
        <translation>N’est plus en attente : confirmée par l’entrepôt, payée ou close</translation>
    </message>
    <message>
        <source>The warehouse has customer return %1</source>
        <translation>L’entrepôt a le retour client %1</translation>
    </message>
    <message>
        <source>The storefront now knows it shipped</source>
        <translation>La boutique sait maintenant que c’est expédié</translation>
    </message>
    <message>
        <source>Storefront and warehouse totals agree</source>
        <translation>Les totaux de la boutique et de l’entrepôt concordent</translation>
    </message>
    <message>
        <source>The warehouse has the customer return</source>
        <translation>L’entrepôt a le retour client</translation>
    </message>
    <message>
        <source>The storefront was told it shipped</source>
        <translation>La boutique a été informée de l’expédition</translation>
    </message>
    <message>
        <source>Every component is in the item master</source>
        <translation>Chaque composant est dans le référentiel articles</translation>
    </message>
    <message>
        <source>Cancelled in the storefront</source>
        <translation>Annulée dans la boutique</translation>
    </message>
    <message>
        <source>Every checkout field of the order is mapped</source>
        <translation>Chaque champ de commande est associé</translation>
    </message>
    <message>
        <source>Allocated at the warehouse (%1)</source>
        <translation>Allouée à l’entrepôt (%1)</translation>
    </message>
    <message>
        <source>The warehouse pulled the order and cancelled it, as asked</source>
        <translation>L’entrepôt a retiré la commande et l’a annulée, comme demandé</translation>
    </message>
    <message>
        <source>The warehouse cancelled the order after all</source>
        <translation>L’entrepôt a finalement annulé la commande</translation>
    </message>
    <message>
        <source>Exception %1 is not changed by this action.</source>
        <translation>L&apos;exception %1 n&apos;est pas modifiée par cette action.</translation>
    </message>
    <message>
        <source>Till sale %1 at store %2 cannot be taken off the store&apos;s stock at the warehouse: SKU %3 is not in the WMS item master.</source>
        <translation>La vente en caisse %1 du magasin %2 ne peut pas être déduite du stock du magasin à l&apos;entrepôt : le SKU %3 n&apos;est pas dans le référentiel articles du WMS.</translation>
    </message>
    <message>
        <source>Till sale %1 (%2) at store %3</source>
        <translation>La vente en caisse %1 (%2) du magasin %3</translation>
    </message>
    <message>
        <source>%1 was refused by the warehouse: %2. %3 still counts the sold units as the store&apos;s stock.</source>
        <translation>%1 a été refusée par l&apos;entrepôt : %2. %3 compte toujours les unités vendues dans le stock du magasin.</translation>
    </message>
    <message>
        <source>%1 has not been taken off the stock of %2 at the warehouse %3 after Lockstep took it in (SLA %4 min). %5</source>
        <translation>%1 n&apos;a pas été déduite du stock de %2 à l&apos;entrepôt %3 après sa prise en charge par Lockstep (SLA %4 min). %5</translation>
    </message>
    <message>
        <source>Set up what the warehouse refused (the item, the store&apos;s facility or its sales floor location), then retry; or correct the store&apos;s stock at the warehouse and acknowledge.</source>
        <translation>Créez ce que l&apos;entrepôt a refusé (l&apos;article, le site du magasin ou son emplacement de surface de vente), puis réessayez ; ou corrigez le stock du magasin à l&apos;entrepôt et accusez réception.</translation>
    </message>
    <message>
        <source>Retry: the warehouse is asked how often it already holds each move before anything is sent.</source>
        <translation>Réessayer : l&apos;entrepôt est interrogé sur le nombre de fois où il détient déjà chaque mouvement avant tout envoi.</translation>
    </message>
    <message>
        <source>The warehouse took %1 of %2 off the stock of %3 %4 for till sale %5 at store %6, which Lockstep sent once: the store&apos;s stock at the warehouse is %7 too low, and the next push lowers the till&apos;s count with it.</source>
        <translation>L&apos;entrepôt a déduit %1 de %2 du stock de %3 %4 pour la vente en caisse %5 du magasin %6, que Lockstep a envoyée une fois : le stock du magasin à l&apos;entrepôt est trop bas de %7, et le prochain envoi baissera le stock de la caisse d&apos;autant.</translation>
    </message>
    <message>
        <source>Put the units back on the store&apos;s stock at the warehouse (an inventory adjustment), find what replays the moves (a proxy or a second integration), then acknowledge.</source>
        <translation>Remettez les unités dans le stock du magasin à l&apos;entrepôt (un ajustement d&apos;inventaire), trouvez ce qui rejoue les mouvements (un proxy ou une seconde intégration), puis accusez réception.</translation>
    </message>
    <message numerus="yes">
        <source>Sale of %n unit(s) queued to leave the stock of %1 at the warehouse</source>
        <translation>
            <numerusform>Vente de %n unité en attente de déduction du stock de %1 à l&apos;entrepôt</numerusform>
            <numerusform>Vente de %n unités en attente de déduction du stock de %1 à l&apos;entrepôt</numerusform>
        </translation>
    </message>
    <message>
        <source>Already off the stock of %1 at the warehouse</source>
        <translation>Déjà déduite du stock de %1 à l&apos;entrepôt</translation>
    </message>
    <message>
        <source>Taken off the stock of %1 at the warehouse</source>
        <translation>Déduite du stock de %1 à l&apos;entrepôt</translation>
    </message>
    <message>
        <source>The warehouse has taken the sale off the store&apos;s stock</source>
        <translation>L&apos;entrepôt a déduit la vente du stock du magasin</translation>
    </message>
    <message>
        <source>The warehouse had already taken the sale off the store&apos;s stock: nothing was sent twice.</source>
        <translation>L&apos;entrepôt avait déjà déduit la vente du stock du magasin : rien n&apos;a été envoyé deux fois.</translation>
    </message>
    <message>
        <source>The warehouse has taken the sale off the store&apos;s stock.</source>
        <translation>L&apos;entrepôt a déduit la vente du stock du magasin.</translation>
    </message>
    <message>
        <source>The engine could not read the request: %1</source>
        <translation>Le moteur n&apos;a pas pu lire la demande : %1</translation>
    </message>
</context>
<context>
    <name>OrderText</name>
    <message>
        <source>unknown time</source>
        <translation>heure inconnue</translation>
    </message>
    <message>
        <source>the warehouse</source>
        <translation>l&apos;entrepôt</translation>
    </message>
    <message>
        <source>Placed, waiting for payment (%1)</source>
        <translation>Passée, en attente de paiement (%1)</translation>
    </message>
    <message>
        <source>Payment failed in the storefront</source>
        <translation>Paiement refusé dans la boutique</translation>
    </message>
    <message>
        <source>Paid, waiting for the warehouse to acknowledge (%1)</source>
        <translation>Payée, en attente de confirmation par l&apos;entrepôt (%1)</translation>
    </message>
    <message>
        <source>At %1: %2 (%3)</source>
        <translation>À %1 : %2 (%3)</translation>
    </message>
    <message>
        <source>On hold at %1 (%2)</source>
        <translation>En attente à %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>At %1: %2, %3 of %n units short</source>
        <translation>
            <numerusform>À %1 : %2, %3 unité manquante sur %n</numerusform>
            <numerusform>À %1 : %2, %3 unités manquantes sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Being picked at %1</source>
        <translation>En préparation à %1</translation>
    </message>
    <message>
        <source>Picked at %1, waiting for carrier collection (%2)</source>
        <translation>Préparée à %1, en attente d&apos;enlèvement par le transporteur (%2)</translation>
    </message>
    <message>
        <source>Partly shipped with %1 %2, collected %3; the rest is still at %4</source>
        <translation>Expédiée en partie avec %1 %2, enlevée le %3 ; le reste est encore à %4</translation>
    </message>
    <message>
        <source>Shipped with %1 %2, collected %3</source>
        <translation>Expédiée avec %1 %2, enlevée le %3</translation>
    </message>
    <message>
        <source>Delivered by %1 %2</source>
        <translation>Livrée par %1 %2</translation>
    </message>
    <message>
        <source>Cancelled in the storefront; the warehouse had not started</source>
        <translation>Annulée dans la boutique ; l&apos;entrepôt n&apos;avait pas commencé</translation>
    </message>
    <message>
        <source>Cancelled in the storefront after the warehouse cutoff (%1 at %2)</source>
        <translation>Annulée dans la boutique après l&apos;heure limite de l&apos;entrepôt (%1 à %2)</translation>
    </message>
    <message>
        <source>Cancelled by the warehouse</source>
        <translation>Annulée par l&apos;entrepôt</translation>
    </message>
    <message>
        <source>Refunded in the storefront</source>
        <translation>Remboursée dans la boutique</translation>
    </message>
    <message>
        <source>We are waiting for your payment to be confirmed.</source>
        <translation>Nous attendons la confirmation de votre paiement.</translation>
    </message>
    <message>
        <source>Your payment did not go through.</source>
        <translation>Votre paiement n&apos;a pas abouti.</translation>
    </message>
    <message>
        <source>Your payment is confirmed and your order is being prepared in our warehouse.</source>
        <translation>Votre paiement est confirmé et votre commande est en préparation dans notre entrepôt.</translation>
    </message>
    <message numerus="yes">
        <source>Part of your order is waiting for new stock (units on back order: %n).</source>
        <translation>
            <numerusform>Une partie de votre commande attend un réapprovisionnement (%n unité en reliquat).</numerusform>
            <numerusform>Une partie de votre commande attend un réapprovisionnement (%n unités en reliquat).</numerusform>
        </translation>
    </message>
    <message>
        <source>Your order is being picked in our warehouse.</source>
        <translation>Votre commande est en cours de préparation dans notre entrepôt.</translation>
    </message>
    <message>
        <source>Your order is packed and waiting for the carrier to collect it.</source>
        <translation>Votre commande est emballée et attend l&apos;enlèvement par le transporteur.</translation>
    </message>
    <message>
        <source>Part of your order has shipped with %1; the rest will follow.</source>
        <translation>Une partie de votre commande a été expédiée avec %1 ; le reste suivra.</translation>
    </message>
    <message>
        <source>Your order has shipped with %1.</source>
        <translation>Votre commande a été expédiée avec %1.</translation>
    </message>
    <message>
        <source>Your order has been delivered by %1.</source>
        <translation>Votre commande a été livrée par %1.</translation>
    </message>
    <message>
        <source>Your order has been cancelled.</source>
        <translation>Votre commande a été annulée.</translation>
    </message>
    <message>
        <source>Your cancellation reached us after your order had started to be prepared in our warehouse.</source>
        <translation>Votre demande d&apos;annulation nous est parvenue alors que la préparation de votre commande avait déjà commencé dans notre entrepôt.</translation>
    </message>
    <message>
        <source>Your order has been refunded.</source>
        <translation>Votre commande a été remboursée.</translation>
    </message>
    <message>
        <source>Order placed</source>
        <translation>Commande passée</translation>
    </message>
    <message>
        <source>Payment confirmed</source>
        <translation>Paiement confirmé</translation>
    </message>
    <message>
        <source>Storefront status changed</source>
        <translation>Statut modifié dans la boutique</translation>
    </message>
    <message>
        <source>Cancelled in the storefront</source>
        <translation>Annulée dans la boutique</translation>
    </message>
    <message>
        <source>Marked as shipped in the storefront</source>
        <translation>Marquée comme expédiée dans la boutique</translation>
    </message>
    <message>
        <source>Sent to the warehouse</source>
        <translation>Transmise à l&apos;entrepôt</translation>
    </message>
    <message>
        <source>Cancellation sent to the warehouse</source>
        <translation>Annulation transmise à l&apos;entrepôt</translation>
    </message>
    <message>
        <source>Warehouse order withdrawn before sending</source>
        <translation>Commande entrepôt retirée avant transmission</translation>
    </message>
    <message>
        <source>Acknowledged by the warehouse</source>
        <translation>Confirmée par l&apos;entrepôt</translation>
    </message>
    <message>
        <source>Warehouse status</source>
        <translation>Statut entrepôt</translation>
    </message>
    <message>
        <source>Stock allocated</source>
        <translation>Stock alloué</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>Préparée</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Emballée</translation>
    </message>
    <message>
        <source>Shipped from the warehouse</source>
        <translation>Expédiée depuis l&apos;entrepôt</translation>
    </message>
    <message>
        <source>Collected by the carrier</source>
        <translation>Enlevée par le transporteur</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>En transit</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livrée</translation>
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
        <translation>Caisse (POS)</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Entrepôt</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <source>Lockstep</source>
        <translation>Lockstep</translation>
    </message>
    <message>
        <source>Order %1, placed %2</source>
        <translation>Commande %1, passée le %2</translation>
    </message>
    <message>
        <source>Payment confirmed: %1</source>
        <translation>Paiement confirmé : %1</translation>
    </message>
    <message>
        <source>Shipped with %1 on %2, tracking number %3</source>
        <translation>Expédiée avec %1 le %2, numéro de suivi %3</translation>
    </message>
    <message>
        <source>Track the parcel: %1</source>
        <translation>Suivre le colis : %1</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>Articles :</translation>
    </message>
    <message>
        <source>  %1 × %2</source>
        <translation>  %1 × %2</translation>
    </message>
    <message>
        <source>Customer told it shipped</source>
        <translation>Client informé de l&apos;expédition</translation>
    </message>
    <message>
        <source>Retry asked</source>
        <translation>Relance demandée</translation>
    </message>
    <message>
        <source>Both systems checked</source>
        <translation>Les deux systèmes vérifiés</translation>
    </message>
    <message>
        <source>Shipment update</source>
        <translation>Mise à jour de l&apos;expédition</translation>
    </message>
    <message>
        <source>Cancelled at the warehouse</source>
        <translation>Annulée à l&apos;entrepôt</translation>
    </message>
    <message>
        <source>A line left out of the warehouse order</source>
        <translation>Une ligne retirée de la commande de l&apos;entrepôt</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Warehouse asked to intercept</source>
        <translation>Entrepôt prié d&apos;intercepter</translation>
    </message>
</context>
<context>
    <name>SelfTestText</name>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Trousseau</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Connection to the warehouse (Deposco)</source>
        <translation>Connexion à l&apos;entrepôt (Deposco)</translation>
    </message>
    <message>
        <source>Connection to WooCommerce</source>
        <translation>Connexion à WooCommerce</translation>
    </message>
    <message>
        <source>Connection to commercetools</source>
        <translation>Connexion à commercetools</translation>
    </message>
    <message>
        <source>Connection to %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Non nécessaire</translation>
    </message>
    <message>
        <source>No secret of this configuration is kept in the keychain, and it does not answer here.</source>
        <translation>Aucun secret de cette configuration n&apos;est conservé dans le trousseau, et celui-ci ne répond pas ici.</translation>
    </message>
    <message>
        <source>The database file cannot be opened or created.</source>
        <translation>Le fichier de base de données ne peut être ni ouvert ni créé.</translation>
    </message>
    <message>
        <source>The database was written by a newer version of Lockstep.</source>
        <translation>La base de données a été écrite par une version plus récente de Lockstep.</translation>
    </message>
    <message>
        <source>The database&apos;s schema is not the one this version uses.</source>
        <translation>Le schéma de la base de données n&apos;est pas celui qu&apos;utilise cette version.</translation>
    </message>
    <message>
        <source>The database opens, but refuses to be written.</source>
        <translation>La base de données s&apos;ouvre, mais refuse l&apos;écriture.</translation>
    </message>
    <message>
        <source>The operating system&apos;s keychain does not answer.</source>
        <translation>Le trousseau du système d&apos;exploitation ne répond pas.</translation>
    </message>
    <message>
        <source>A secret the configuration names is not in the keychain.</source>
        <translation>Un secret indiqué dans la configuration ne figure pas dans le trousseau.</translation>
    </message>
    <message>
        <source>A secret of this connection cannot be read.</source>
        <translation>Un secret de cette connexion ne peut pas être lu.</translation>
    </message>
    <message>
        <source>No configuration was given, so no system can be checked.</source>
        <translation>Aucune configuration n&apos;a été indiquée, aucun système ne peut donc être vérifié.</translation>
    </message>
    <message>
        <source>The configuration file does not exist or cannot be read.</source>
        <translation>Le fichier de configuration n&apos;existe pas ou ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The configuration has mistakes.</source>
        <translation>La configuration contient des erreurs.</translation>
    </message>
    <message>
        <source>The address cannot be used.</source>
        <translation>L&apos;adresse n&apos;est pas utilisable.</translation>
    </message>
    <message>
        <source>No connection could be made.</source>
        <translation>Aucune connexion n&apos;a pu être établie.</translation>
    </message>
    <message>
        <source>The system did not answer in time.</source>
        <translation>Le système n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The secure connection failed (certificate or TLS).</source>
        <translation>La connexion sécurisée a échoué (certificat ou TLS).</translation>
    </message>
    <message>
        <source>The system refused the credentials (HTTP %1).</source>
        <translation>Le système a refusé les identifiants (HTTP %1).</translation>
    </message>
    <message>
        <source>The address answers, but not as this system&apos;s API (HTTP 404).</source>
        <translation>L&apos;adresse répond, mais pas comme l&apos;API de ce système (HTTP 404).</translation>
    </message>
    <message>
        <source>The system asks Lockstep to slow down (HTTP 429).</source>
        <translation>Le système demande à Lockstep de ralentir (HTTP 429).</translation>
    </message>
    <message>
        <source>The system answers with a server error (HTTP %1).</source>
        <translation>Le système répond par une erreur serveur (HTTP %1).</translation>
    </message>
    <message>
        <source>The system refused the request (HTTP %1).</source>
        <translation>Le système a refusé la requête (HTTP %1).</translation>
    </message>
    <message>
        <source>The address answers with something other than the API (a web page?).</source>
        <translation>L&apos;adresse répond autre chose que l&apos;API (une page web ?).</translation>
    </message>
    <message>
        <source>Choose a file in a folder you can write to (--db FILE), or make the folder writable.</source>
        <translation>Choisissez un fichier dans un dossier accessible en écriture (--db FILE), ou rendez le dossier accessible en écriture.</translation>
    </message>
    <message>
        <source>Install that version of Lockstep (or a newer one), or use another database file.</source>
        <translation>Installez cette version de Lockstep (ou une plus récente), ou utilisez un autre fichier de base de données.</translation>
    </message>
    <message>
        <source>Open the database once with this version (lockstep --headless --once), or restore a backup.</source>
        <translation>Ouvrez une fois la base de données avec cette version (lockstep --headless --once), ou restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>Make the file and its folder writable, free some disk space, or close the other program using it.</source>
        <translation>Rendez le fichier et son dossier accessibles en écriture, libérez de l&apos;espace disque, ou fermez l&apos;autre programme qui l&apos;utilise.</translation>
    </message>
    <message>
        <source>Unlock the keychain (Windows Credential Manager, GNOME Keyring or KWallet) and try again; on a server without one, name environment variables for the secrets instead.</source>
        <translation>Déverrouillez le trousseau (Gestionnaire d&apos;identification Windows, GNOME Keyring ou KWallet) et réessayez ; sur un serveur qui n&apos;en a pas, indiquez plutôt des variables d&apos;environnement pour les secrets.</translation>
    </message>
    <message>
        <source>Store it with: lockstep secret set %1 (the secret is read from standard input).</source>
        <translation>Enregistrez-le avec : lockstep secret set %1 (le secret est lu sur l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>Set the environment variable or keychain entry named in the detail, then try again.</source>
        <translation>Définissez la variable d&apos;environnement ou l&apos;entrée du trousseau indiquée dans le détail, puis réessayez.</translation>
    </message>
    <message>
        <source>Give the configuration file with --config FILE, or try the sandbox with --demo.</source>
        <translation>Indiquez le fichier de configuration avec --config FILE, ou essayez le bac à sable avec --demo.</translation>
    </message>
    <message>
        <source>Check the path of the configuration file.</source>
        <translation>Vérifiez le chemin du fichier de configuration.</translation>
    </message>
    <message>
        <source>Correct each field named in the detail.</source>
        <translation>Corrigez chaque champ indiqué dans le détail.</translation>
    </message>
    <message>
        <source>Give the full address in the configuration, starting with https://.</source>
        <translation>Indiquez l&apos;adresse complète dans la configuration, en commençant par https://.</translation>
    </message>
    <message>
        <source>Check the address in the configuration, that the system is up, and that no firewall or proxy blocks it.</source>
        <translation>Vérifiez l&apos;adresse dans la configuration, que le système est en service et qu&apos;aucun pare-feu ni proxy ne le bloque.</translation>
    </message>
    <message>
        <source>Check that the system is up and reachable from this computer, then try again.</source>
        <translation>Vérifiez que le système est en service et joignable depuis cet ordinateur, puis réessayez.</translation>
    </message>
    <message>
        <source>Check the address and the system&apos;s certificate; behind a company proxy, its certificate may need installing.</source>
        <translation>Vérifiez l&apos;adresse et le certificat du système ; derrière un proxy d&apos;entreprise, il faudra peut-être installer son certificat.</translation>
    </message>
    <message>
        <source>Check the key and secret and their permissions; store new ones with lockstep secret set ENTRY.</source>
        <translation>Vérifiez la clé et le secret ainsi que leurs droits ; enregistrez-en de nouveaux avec lockstep secret set ENTRY.</translation>
    </message>
    <message>
        <source>Check the address in the configuration (and the project key or business unit).</source>
        <translation>Vérifiez l&apos;adresse dans la configuration (ainsi que la clé de projet ou l&apos;unité commerciale).</translation>
    </message>
    <message>
        <source>Wait a few minutes and run the self-test again.</source>
        <translation>Attendez quelques minutes et relancez l&apos;autotest.</translation>
    </message>
    <message>
        <source>The fault is on the system&apos;s side: try again later, or ask its administrator.</source>
        <translation>Le problème vient du système : réessayez plus tard, ou contactez son administrateur.</translation>
    </message>
    <message>
        <source>Check the connection settings named in the detail (business unit, project key, permissions).</source>
        <translation>Vérifiez les paramètres de connexion indiqués dans le détail (unité commerciale, clé de projet, droits).</translation>
    </message>
    <message>
        <source>Give the API&apos;s address, not a web page or a sign-in page.</source>
        <translation>Indiquez l&apos;adresse de l&apos;API, et non une page web ou une page de connexion.</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 Remedy: %2</source>
        <translation>%1 Solution : %2</translation>
    </message>
    <message>
        <source>The database file is damaged: parts of it are not what SQLite wrote.</source>
        <translation>Le fichier de base de données est endommagé : certaines parties ne sont pas ce que SQLite a écrit.</translation>
    </message>
    <message>
        <source>Restore the file from a backup (stop Lockstep first), or move it aside and let Lockstep start a new one; permissions will not repair it.</source>
        <translation>Restaurez le fichier depuis une sauvegarde (arrêtez d&apos;abord Lockstep), ou mettez-le de côté et laissez Lockstep en créer un nouveau ; les permissions ne le répareront pas.</translation>
    </message>
    <message>
        <source>The store answered as if no credentials were sent: the web server in front of it drops the Authorization header (HTTP 401).</source>
        <translation>La boutique a répondu comme si aucun identifiant n&apos;avait été envoyé : le serveur web placé devant elle supprime l&apos;en-tête Authorization (HTTP 401).</translation>
    </message>
    <message>
        <source>Set &quot;auth&quot;: &quot;query_string&quot; for this storefront in the configuration (HTTPS only), or have the host pass the Authorization header on.</source>
        <translation>Indiquez &quot;auth&quot;: &quot;query_string&quot; pour cette boutique dans la configuration (HTTPS uniquement), ou demandez à l&apos;hébergeur de transmettre l&apos;en-tête Authorization.</translation>
    </message>
    <message>
        <source>Connection to the store tills (Square)</source>
        <translation>Connexion aux caisses des magasins (Square)</translation>
    </message>
</context>
<context>
    <name>db</name>
    <message>
        <source>Migrates or checks a store: a SQLite file, or a team&apos;s PostgreSQL database (postgresql://USER@HOST/DB).</source>
        <translation>Migre ou vérifie une base : un fichier SQLite, ou la base PostgreSQL d&apos;une équipe (postgresql://UTILISATEUR@HÔTE/BASE).</translation>
    </message>
    <message>
        <source>The db command.</source>
        <translation>La commande db.</translation>
    </message>
    <message>
        <source>migrate or check.</source>
        <translation>migrate ou check.</translation>
    </message>
    <message>
        <source>The store: a file, or a postgresql:// URL (default: %1).</source>
        <translation>La base : un fichier, ou une URL postgresql:// (par défaut : %1).</translation>
    </message>
    <message>
        <source>usage: lockstep db migrate|check [--db URL|FILE]</source>
        <translation>usage : lockstep db migrate|check [--db URL|FICHIER]</translation>
    </message>
    <message>
        <source>lockstep: cannot migrate %1: %2</source>
        <translation>lockstep : impossible de migrer %1 : %2</translation>
    </message>
    <message>
        <source>lockstep: %1 is at schema %2.</source>
        <translation>lockstep : %1 est au schéma %2.</translation>
    </message>
    <message>
        <source>lockstep: cannot use %1: %2</source>
        <translation>lockstep : impossible d&apos;utiliser %1 : %2</translation>
    </message>
    <message>
        <source>lockstep: %1: SQLite file, schema %2, sound.</source>
        <translation>lockstep : %1 : fichier SQLite, schéma %2, intact.</translation>
    </message>
    <message>
        <source>lockstep: %1: %2</source>
        <translation>lockstep : %1 : %2</translation>
    </message>
    <message>
        <source>lockstep: problem: %1</source>
        <translation>lockstep : problème : %1</translation>
    </message>
</context>
<context>
    <name>exceptions</name>
    <message numerus="yes">
        <source>%n exception(s)</source>
        <translation>
            <numerusform>%n anomalie</numerusform>
            <numerusform>%n anomalies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lockstep::app</name>
    <message>
        <source>unknown exception type &quot;%1&quot;</source>
        <translation>type d&apos;anomalie inconnu « %1 »</translation>
    </message>
    <message>
        <source>unknown state &quot;%1&quot; (open, acknowledged, resolved)</source>
        <translation>état inconnu « %1 » (open, acknowledged, resolved)</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation>--limit attend un nombre positif</translation>
    </message>
    <message>
        <source>cannot read the exceptions: %1</source>
        <translation>impossible de lire les anomalies : %1</translation>
    </message>
    <message>
        <source>give at least one exception ID</source>
        <translation>indiquez au moins un identifiant d&apos;anomalie</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an exception ID</source>
        <translation>« %1 » n&apos;est pas un identifiant d&apos;anomalie</translation>
    </message>
    <message>
        <source>%1 The running engine sends it on its next run (or run lockstep --headless --once).</source>
        <translation>%1 Le moteur en cours d&apos;exécution l&apos;enverra lors de son prochain passage (ou lancez lockstep --headless --once).</translation>
    </message>
    <message>
        <source>exception %1: done. %2</source>
        <translation>anomalie %1 : effectué. %2</translation>
    </message>
    <message>
        <source>exception %1: refused. %2</source>
        <translation>anomalie %1 : refusé. %2</translation>
    </message>
    <message>
        <source>cannot look the order up: %1</source>
        <translation>impossible de rechercher la commande : %1</translation>
    </message>
    <message>
        <source>lockstep: no order matches &quot;%1&quot; (number, email or tracking number).</source>
        <translation>lockstep : aucune commande ne correspond à « %1 » (numéro, e-mail ou numéro de suivi).</translation>
    </message>
    <message>
        <source>cannot read the history of order %1</source>
        <translation>impossible de lire l&apos;historique de la commande %1</translation>
    </message>
    <message>
        <source>Order %1 (%2, %3 %4): %5</source>
        <translation>Commande %1 (%2, %3 %4) : %5</translation>
    </message>
    <message>
        <source>  exception %1 (%2, %3): %4</source>
        <translation>  anomalie %1 (%2, %3) : %4</translation>
    </message>
    <message>
        <source>Shows an order&apos;s lifecycle and its exceptions, found by number, email or tracking number.</source>
        <translation>Affiche le cycle de vie d&apos;une commande et ses anomalies, retrouvée par numéro, e-mail ou numéro de suivi.</translation>
    </message>
    <message>
        <source>Lists and acts on exceptions: list, retry ID..., ack ID... --note TEXT [--kind K].</source>
        <translation>Liste les anomalies et agit dessus : list, retry ID..., ack ID... --note TEXT [--kind K].</translation>
    </message>
    <message>
        <source>Only exceptions of TYPE (e.g. sku_mismatch).</source>
        <translation>Uniquement les anomalies de type TYPE (par ex. sku_mismatch).</translation>
    </message>
    <message>
        <source>Only exceptions in STATE (open, acknowledged, resolved).</source>
        <translation>Uniquement les anomalies dans l&apos;état STATE (open, acknowledged, resolved).</translation>
    </message>
    <message>
        <source>At most N exceptions (default 1000).</source>
        <translation>Au plus N anomalies (1000 par défaut).</translation>
    </message>
    <message>
        <source>What was done (required to acknowledge).</source>
        <translation>Ce qui a été fait (obligatoire pour acquitter).</translation>
    </message>
    <message>
        <source>How it was resolved: %1 (default other).</source>
        <translation>Comment elle a été résolue : %1 (other par défaut).</translation>
    </message>
    <message>
        <source>The engine&apos;s configuration FILE, so that orders never queued can be decided again.</source>
        <translation>Le fichier de configuration FILE du moteur, pour que les commandes jamais mises en file puissent être réexaminées.</translation>
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
        <translation>usage : lockstep lookup ORDER [--json] [--db FILE]</translation>
    </message>
    <message>
        <source>usage: lockstep exceptions list|retry|ack ... (see --help)</source>
        <translation>usage : lockstep exceptions list|retry|ack ... (voir --help)</translation>
    </message>
    <message>
        <source>exceptions ack needs --note TEXT saying what was done</source>
        <translation>exceptions ack exige --note TEXT indiquant ce qui a été fait</translation>
    </message>
    <message>
        <source>unknown --kind &quot;%1&quot;; one of %2</source>
        <translation>--kind « %1 » inconnu ; valeurs possibles : %2</translation>
    </message>
    <message>
        <source>lockstep: configuration %1: %2</source>
        <translation>lockstep : configuration %1 : %2</translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>impossible d&apos;ouvrir la base de données %1 : %2</translation>
    </message>
    <message>
        <source>Write JSON to stdout.</source>
        <translation>Écrire du JSON sur stdout.</translation>
    </message>
    <message>
        <source>Writes a finance report to a CSV or XLSX file (atomically, with a manifest beside it): discrepancies, reconciliation, exceptions or audit.</source>
        <translation>Écrit un rapport financier dans un fichier CSV ou XLSX (de façon atomique, avec un manifeste à côté) : discrepancies (écarts), reconciliation (rapprochement), exceptions (anomalies) ou audit.</translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD (UTC), today or yesterday.</source>
        <translation>Premier jour, YYYY-MM-DD (UTC), today ou yesterday.</translation>
    </message>
    <message>
        <source>Last day, included, like --from.</source>
        <translation>Dernier jour, inclus, comme --from.</translation>
    </message>
    <message>
        <source>csv or xlsx (default: from the file name).</source>
        <translation>csv ou xlsx (par défaut : d&apos;après le nom du fichier).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <source>discrepancies: only these kinds, comma-separated (totals_mismatch, shipped_not_confirmed, cancelled_but_shipped, refunded_without_return, stock_drift).</source>
        <translation>discrepancies : uniquement ces types, séparés par des virgules (totals_mismatch, shipped_not_confirmed, cancelled_but_shipped, refunded_without_return, stock_drift).</translation>
    </message>
    <message>
        <source>reconciliation: one storefront (woocommerce, commercetools).</source>
        <translation>reconciliation : une seule boutique (woocommerce, commercetools).</translation>
    </message>
    <message>
        <source>reconciliation: instead of the days, the orders behind them that count in BUCKET (sales, shipped, cancelled, refunded, difference).</source>
        <translation>reconciliation : au lieu des jours, les commandes sous-jacentes comptées dans BUCKET (sales, shipped, cancelled, refunded, difference).</translation>
    </message>
    <message>
        <source>reconciliation with --orders-in: only orders in this currency.</source>
        <translation>reconciliation avec --orders-in : uniquement les commandes dans cette devise.</translation>
    </message>
    <message>
        <source>exceptions: one type (e.g. totals_mismatch).</source>
        <translation>exceptions : un seul type (par ex. totals_mismatch).</translation>
    </message>
    <message>
        <source>exceptions: one state (open, acknowledged, resolved).</source>
        <translation>exceptions : un seul état (open, acknowledged, resolved).</translation>
    </message>
    <message>
        <source>audit: actor, action or subject contains TEXT.</source>
        <translation>audit : l&apos;auteur, l&apos;action ou l&apos;objet contient TEXT.</translation>
    </message>
    <message>
        <source>Only these columns of the report, comma-separated header names.</source>
        <translation>Uniquement ces colonnes du rapport, noms d&apos;en-tête séparés par des virgules.</translation>
    </message>
    <message>
        <source>discrepancies | reconciliation | exceptions | audit</source>
        <translation>discrepancies | reconciliation | exceptions | audit</translation>
    </message>
    <message>
        <source>usage: lockstep export discrepancies|reconciliation|exceptions|audit --from DATE --to DATE --format csv|xlsx --out FILE [--db FILE] (see --help)</source>
        <translation>usage : lockstep export discrepancies|reconciliation|exceptions|audit --from DATE --to DATE --format csv|xlsx --out FILE [--db FILE] (voir --help)</translation>
    </message>
    <message>
        <source>unknown report &quot;%1&quot;
%2</source>
        <translation>rapport « %1 » inconnu
%2</translation>
    </message>
    <message>
        <source>--from DATE and --to DATE are both needed
%1</source>
        <translation>--from DATE et --to DATE sont tous deux requis
%1</translation>
    </message>
    <message>
        <source>--from &quot;%1&quot; is not a date (YYYY-MM-DD, today or yesterday)</source>
        <translation>--from « %1 » n&apos;est pas une date (YYYY-MM-DD, today ou yesterday)</translation>
    </message>
    <message>
        <source>--to &quot;%1&quot; is not a date (YYYY-MM-DD, today or yesterday)</source>
        <translation>--to « %1 » n&apos;est pas une date (YYYY-MM-DD, today ou yesterday)</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 est postérieur à --to %2</translation>
    </message>
    <message>
        <source>--out FILE is needed
%1</source>
        <translation>--out FILE est requis
%1</translation>
    </message>
    <message>
        <source>--format must be csv or xlsx (got &quot;%1&quot;)</source>
        <translation>--format doit valoir csv ou xlsx (reçu : « %1 »)</translation>
    </message>
    <message>
        <source>unknown discrepancy kind &quot;%1&quot;</source>
        <translation>type d&apos;écart « %1 » inconnu</translation>
    </message>
    <message>
        <source>--orders-in is for the reconciliation report</source>
        <translation>--orders-in ne s&apos;applique qu&apos;au rapport reconciliation</translation>
    </message>
    <message>
        <source>--orders-in must be sales, shipped, cancelled, refunded or difference</source>
        <translation>--orders-in doit valoir sales, shipped, cancelled, refunded ou difference</translation>
    </message>
    <message>
        <source>the %1 report has no column &quot;%2&quot;; its columns: %3</source>
        <translation>le rapport %1 n&apos;a pas de colonne « %2 » ; ses colonnes : %3</translation>
    </message>
    <message>
        <source>no database at %1</source>
        <translation>aucune base de données à l&apos;emplacement %1</translation>
    </message>
    <message>
        <source>cannot open the database: %1</source>
        <translation>impossible d&apos;ouvrir la base de données : %1</translation>
    </message>
    <message>
        <source>lockstep export: %1 rows written</source>
        <translation>lockstep export : %1 lignes écrites</translation>
    </message>
    <message>
        <source>the export failed, no file was written: %1</source>
        <translation>l&apos;export a échoué, aucun fichier n&apos;a été écrit : %1</translation>
    </message>
    <message>
        <source>lockstep export: %1 rows of %2 written to %3 (sha256 %4); manifest %5</source>
        <translation>lockstep export : %1 lignes de %2 écrites dans %3 (sha256 %4) ; manifeste %5</translation>
    </message>
    <message>
        <source>%1: a newer version of Lockstep wrote this database; update Lockstep to export from it</source>
        <translation>%1 : une version plus récente de Lockstep a écrit cette base de données ; mettez Lockstep à jour pour l&apos;exporter</translation>
    </message>
    <message>
        <source>%1: start this version of Lockstep once with this database (the console, or lockstep --headless --once) so that it migrates the schema, then export again</source>
        <translation>%1 : démarrez cette version de Lockstep une fois avec cette base de données (la console, ou lockstep --headless --once) pour qu&apos;elle migre le schéma, puis exportez à nouveau</translation>
    </message>
    <message>
        <source>lockstep: exceptions %1 is not part of the work of the role &quot;%2&quot; (set in the console&apos;s Settings); nothing was changed.</source>
        <translation>lockstep : exceptions %1 ne fait pas partie du travail du rôle « %2 » (défini dans les Paramètres de la console) ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Use the database FILE, or a team&apos;s PostgreSQL database at URL (postgresql://USER@HOST/DB) (default: %1).</source>
        <translation>Utiliser la base FICHIER, ou la base PostgreSQL d&apos;une équipe à l&apos;URL (postgresql://UTILISATEUR@HÔTE/BASE) (par défaut : %1).</translation>
    </message>
    <message>
        <source>Read the database FILE, or a team&apos;s PostgreSQL database at URL (postgresql://USER@HOST/DB) (default: %1).</source>
        <translation>Lire la base FICHIER, ou la base PostgreSQL d&apos;une équipe à l&apos;URL (postgresql://UTILISATEUR@HÔTE/BASE) (par défaut : %1).</translation>
    </message>
</context>
<context>
    <name>lockstep::app::ConsoleEngine</name>
    <message>
        <source>the saved configuration was not applied (%1); running as before</source>
        <translation>la configuration enregistrée n&apos;a pas été appliquée (%1) ; fonctionne comme avant</translation>
    </message>
    <message>
        <source>the saved configuration was not applied: a secret could not be read (%1); running as before</source>
        <translation>la configuration enregistrée n&apos;a pas été appliquée : un secret n&apos;a pas pu être lu (%1) ; fonctionne comme avant</translation>
    </message>
    <message>
        <source>restarted with the saved configuration</source>
        <translation>redémarré avec la configuration enregistrée</translation>
    </message>
</context>
<context>
    <name>lockstep::core::engine::SyncEngine</name>
    <message>
        <source>Webhooks are off: %1</source>
        <translation>Les webhooks sont désactivés : %1</translation>
    </message>
    <message>
        <source>Order %1 from %2 taken in (webhook)</source>
        <translation>Commande %1 de %2 reçue (webhook)</translation>
    </message>
    <message>
        <source>Reading orders from %1</source>
        <translation>Lecture des commandes de %1</translation>
    </message>
    <message>
        <source>First sync of %1: %2 of %3 periods read, %4 orders</source>
        <translation>Première synchronisation de %1 : %2 périodes lues sur %3, %4 commandes</translation>
    </message>
    <message>
        <source>Reading orders from %1: page %2 of %3</source>
        <translation>Lecture des commandes de %1 : page %2 sur %3</translation>
    </message>
    <message>
        <source>Reading orders from %1: page %2</source>
        <translation>Lecture des commandes de %1 : page %2</translation>
    </message>
    <message>
        <source>Sending to the warehouse and storefronts</source>
        <translation>Envoi à l’entrepôt et aux boutiques</translation>
    </message>
    <message>
        <source>Reading orders and shipments from the warehouse</source>
        <translation>Lecture des commandes et expéditions de l’entrepôt</translation>
    </message>
    <message>
        <source>Pulling stock from the warehouse</source>
        <translation>Récupération du stock de l’entrepôt</translation>
    </message>
    <message>
        <source>The engine has not started, so the action was not run.</source>
        <translation>Le moteur n’a pas démarré, l’action n’a donc pas été exécutée.</translation>
    </message>
    <message>
        <source>Checking for records out of step</source>
        <translation>Recherche des enregistrements désynchronisés</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Au repos</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::AcknowledgeDialog</name>
    <message>
        <source>Handled in the WMS</source>
        <translation>Traitée dans le WMS</translation>
    </message>
    <message>
        <source>Handled with the customer</source>
        <translation>Traitée avec le client</translation>
    </message>
    <message>
        <source>Handled in the storefront</source>
        <translation>Traitée dans la boutique</translation>
    </message>
    <message>
        <source>Won&apos;t fix</source>
        <translation>Ne sera pas corrigée</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Acknowledge everything matching the filter</source>
        <translation>Acquitter tout ce qui correspond au filtre</translation>
    </message>
    <message numerus="yes">
        <source>Acknowledge %n exception(s)</source>
        <translation>
            <numerusform>Acquitter %n anomalie</numerusform>
            <numerusform>Acquitter %n anomalies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every exception matching the filter (%n now) leaves the open queue. It stays in reports and exports.</source>
        <translation>
            <numerusform>Chaque anomalie correspondant au filtre (%n actuellement) quitte la file des anomalies ouvertes. Elle reste dans les rapports et les exports.</numerusform>
            <numerusform>Chaque anomalie correspondant au filtre (%n actuellement) quitte la file des anomalies ouvertes. Elles restent dans les rapports et les exports.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exception(s) leave the open queue. They stay in reports and exports.</source>
        <translation>
            <numerusform>%n anomalie quitte la file des anomalies ouvertes. Elle reste dans les rapports et les exports.</numerusform>
            <numerusform>%n anomalies quittent la file des anomalies ouvertes. Elles restent dans les rapports et les exports.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>What was done, so the next person knows (required)</source>
        <translation>Ce qui a été fait, pour que la personne suivante le sache (obligatoire)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acquitter</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Résolution :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>Write a note first: an acknowledgement without one cannot be understood later.</source>
        <translation>Rédigez d&apos;abord une note : un acquittement sans note ne pourra pas être compris plus tard.</translation>
    </message>
    <message>
        <source>What acknowledging means</source>
        <translation>Ce que signifie acquitter</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::ActionResultDialog</name>
    <message>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <source>changed since you opened it</source>
        <translation>modifiée depuis que vous l&apos;avez ouverte</translation>
    </message>
    <message>
        <source>a note is required</source>
        <translation>une note est requise</translation>
    </message>
    <message>
        <source>claimed by another person</source>
        <translation>prise en charge par une autre personne</translation>
    </message>
    <message>
        <source>not open</source>
        <translation>non ouverte</translation>
    </message>
    <message>
        <source>nothing to send again</source>
        <translation>rien à renvoyer</translation>
    </message>
    <message>
        <source>edit not allowed</source>
        <translation>modification non autorisée</translation>
    </message>
    <message>
        <source>needs the engine&apos;s configuration</source>
        <translation>nécessite la configuration du moteur</translation>
    </message>
    <message>
        <source>still failing</source>
        <translation>échoue toujours</translation>
    </message>
    <message>
        <source>database error</source>
        <translation>erreur de base de données</translation>
    </message>
    <message>
        <source>%1: the outcome</source>
        <translation>%1 : le résultat</translation>
    </message>
    <message>
        <source>%1 did not run: %2</source>
        <translation>%1 : action non exécutée : %2</translation>
    </message>
    <message>
        <source>%1: nothing matched; nothing was changed.</source>
        <translation>%1 : aucune correspondance ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1: %2 done, %3 refused.</source>
        <translation>%1 : %2 réussie(s), %3 refusée(s).</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Refused: %1.</source>
        <translation>Refusée : %1.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Outcome per exception</source>
        <translation>Résultat par anomalie</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Anomalie</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Exception %1</source>
        <translation>Anomalie %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Effectuée</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusée : %1</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::AlertRules</name>
    <message>
        <source>New cause in %1</source>
        <translation>Nouvelle cause dans %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n open)</source>
        <translation>
            <numerusform>%1 (%n ouverte)</numerusform>
            <numerusform>%1 (%n ouvertes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new cause(s) of exceptions</source>
        <translation>
            <numerusform>%n nouvelle cause d&apos;anomalies</numerusform>
            <numerusform>%n nouvelles causes d&apos;anomalies</numerusform>
        </translation>
    </message>
    <message>
        <source>Among them: %1</source>
        <translation>Dont : %1</translation>
    </message>
    <message>
        <source>Spike of exceptions</source>
        <translation>Pic d&apos;anomalies</translation>
    </message>
    <message numerus="yes">
        <source>%n new exception(s) in the last %1.</source>
        <translation>
            <numerusform>%n nouvelle anomalie en l&apos;espace de %1.</numerusform>
            <numerusform>%n nouvelles anomalies en l&apos;espace de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warehouse cutoff approaching</source>
        <translation>Heure limite de l&apos;entrepôt imminente</translation>
    </message>
    <message numerus="yes">
        <source>%n open exception(s) pass the warehouse cutoff soon; the first %1.</source>
        <translation>
            <numerusform>%n anomalie ouverte dépassera bientôt l&apos;heure limite de l&apos;entrepôt ; la première %1.</numerusform>
            <numerusform>%n anomalies ouvertes dépasseront bientôt l&apos;heure limite de l&apos;entrepôt ; la première %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 stopped syncing</source>
        <translation>%1 ne se synchronise plus</translation>
    </message>
    <message>
        <source>No successful call to %1 for %2 (last at %3).</source>
        <translation>Aucun appel réussi à %1 depuis %2 (dernier à %3).</translation>
    </message>
    <message>
        <source>No successful call to %1 since the console started %2 ago.</source>
        <translation>Aucun appel réussi à %1 depuis le démarrage de la console, il y a %2.</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::AlertTray</name>
    <message>
        <source>Open Lockstep</source>
        <translation>Ouvrir Lockstep</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Lockstep: %n open exception(s)</source>
        <translation>
            <numerusform>Lockstep : %n anomalie ouverte</numerusform>
            <numerusform>Lockstep : %n anomalies ouvertes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lockstep::ui::AssignDialog</name>
    <message numerus="yes">
        <source>Assign %n exception(s)</source>
        <translation>
            <numerusform>Attribuer %n anomalie</numerusform>
            <numerusform>Attribuer %n anomalies</numerusform>
        </translation>
    </message>
    <message>
        <source>A &amp;person:</source>
        <translation>Une &amp;personne :</translation>
    </message>
    <message>
        <source>A &amp;team:</source>
        <translation>Une &amp;équipe :</translation>
    </message>
    <message>
        <source>&amp;Nobody (unassign)</source>
        <translation>&amp;Aucune (retirer l&apos;attribution)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Sign-in name, e.g. j.moreno</source>
        <translation>Identifiant de connexion, par ex. j.moreno</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Attribuer</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::AuditPage</name>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>Filter by who, action or record (e.g. exception:17)</source>
        <translation>Filtrer par auteur, action ou enregistrement (par ex. exception:17)</translation>
    </message>
    <message>
        <source>Filter the audit log</source>
        <translation>Filtrer le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Tri</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Plus anciennes d&apos;abord</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Nothing before</source>
        <translation>Rien avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Nothing after</source>
        <translation>Rien après</translation>
    </message>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>Impossible de lire le journal d&apos;audit : %1</translation>
    </message>
    <message>
        <source>No audit entries between these dates.</source>
        <translation>Aucune entrée d&apos;audit entre ces dates.</translation>
    </message>
    <message>
        <source>No audit entries between these dates match “%1”.</source>
        <translation>Aucune entrée d&apos;audit entre ces dates ne correspond à « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>Entries shown: %n; scroll down for more.</source>
        <translation>
            <numerusform>%n entrée affichée ; faites défiler pour en voir plus.</numerusform>
            <numerusform>%n entrées affichées ; faites défiler pour en voir plus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Entries: %n</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an entry to see the record before and after.</source>
        <translation>Sélectionnez une entrée pour voir l&apos;enregistrement avant et après.</translation>
    </message>
    <message>
        <source>%1 by %2 on %3, %4</source>
        <translation>%1 par %2 sur %3, %4</translation>
    </message>
    <message>
        <source>%1. Note: %2</source>
        <translation>%1. Note : %2</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::AuditTableModel</name>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Avant → après</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::BeforeAfterView</name>
    <message>
        <source>The change</source>
        <translation>La modification</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>Avant :</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Après :</translation>
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
        <translation>URL de base</translation>
    </message>
    <message>
        <source>Consumer key</source>
        <translation>Clé client</translation>
    </message>
    <message>
        <source>Consumer secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation>Secret du webhook</translation>
    </message>
    <message>
        <source>commercetools</source>
        <translation>commercetools</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>URL de l&apos;API</translation>
    </message>
    <message>
        <source>Authorisation URL</source>
        <translation>URL d&apos;autorisation</translation>
    </message>
    <message>
        <source>Project key</source>
        <translation>Clé de projet</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Warehouse (Deposco)</source>
        <translation>Entrepôt (Deposco)</translation>
    </message>
    <message>
        <source>Availability URL</source>
        <translation>URL de disponibilité</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Unité commerciale</translation>
    </message>
    <message>
        <source>Addresses and ids of the systems Lockstep connects. Secrets go to this computer&apos;s keychain and are never shown again or written in the configuration file.</source>
        <translation>Adresses et identifiants des systèmes auxquels Lockstep se connecte. Les secrets sont placés dans le trousseau de cet ordinateur ; ils ne sont plus jamais affichés ni écrits dans le fichier de configuration.</translation>
    </message>
    <message>
        <source>%1 (not in use)</source>
        <translation>%1 (non utilisé)</translation>
    </message>
    <message>
        <source>Checked: Lockstep syncs with this system.</source>
        <translation>Coché : Lockstep se synchronise avec ce système.</translation>
    </message>
    <message>
        <source>Store tills (Square)</source>
        <translation>Caisses des magasins (Square)</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d&apos;accès</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::ConnectorStatus</name>
    <message>
        <source>Connectors</source>
        <translation>Connecteurs</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>opérationnel</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>nouvelles tentatives</translation>
    </message>
    <message>
        <source>circuit open</source>
        <translation>circuit ouvert</translation>
    </message>
    <message>
        <source>trying again</source>
        <translation>nouvel essai</translation>
    </message>
    <message>
        <source>circuit open until %1</source>
        <translation>circuit ouvert jusqu&apos;à %1</translation>
    </message>
    <message numerus="yes">
        <source>retrying %n call(s)</source>
        <translation>
            <numerusform>nouvelle tentative pour %n appel</numerusform>
            <numerusform>nouvelle tentative pour %n appels</numerusform>
        </translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>dernière synchronisation %1</translation>
    </message>
    <message>
        <source>no successful sync yet</source>
        <translation>aucune synchronisation réussie pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1: %2 · %3</source>
        <translation>%1 : %2 · %3</translation>
    </message>
    <message>
        <source>Connector %1</source>
        <translation>Connecteur %1</translation>
    </message>
    <message>
        <source>%1
Last error: %2</source>
        <translation>%1
Dernière erreur : %2</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::CustomFieldDialog</name>
    <message>
        <source>Map a checkout field</source>
        <translation>Associer un champ de validation de commande</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Associer</translation>
    </message>
    <message>
        <source>Checkout field</source>
        <translation>Champ de validation de commande</translation>
    </message>
    <message>
        <source>WMS field</source>
        <translation>Champ WMS</translation>
    </message>
    <message>
        <source>The field name the WMS expects, e.g. giftMessage</source>
        <translation>Le nom de champ attendu par le WMS, par ex. giftMessage</translation>
    </message>
    <message>
        <source>The mapping is kept: later orders carry the field to the warehouse, and an order not yet sent carries it too.</source>
        <translation>L&apos;association est conservée : les commandes suivantes transmettent le champ à l&apos;entrepôt, de même qu&apos;une commande pas encore transmise.</translation>
    </message>
    <message>
        <source>&amp;Checkout field:</source>
        <translation>Champ de &amp;validation de commande :</translation>
    </message>
    <message>
        <source>&amp;WMS field:</source>
        <translation>Champ &amp;WMS :</translation>
    </message>
    <message>
        <source>%1 → not sent to the warehouse</source>
        <translation>%1 → non transmis à l&apos;entrepôt</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Name the WMS field.</source>
        <translation>Indiquez le champ WMS.</translation>
    </message>
    <message>
        <source>%1 → %2 (this order: “%3”)</source>
        <translation>%1 → %2 (cette commande : « %3 »)</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Time span</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Last 24 hours, per hour</source>
        <translation>Dernières 24 heures, par heure</translation>
    </message>
    <message>
        <source>Last 14 days, per day</source>
        <translation>14 derniers jours, par jour</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Read the figures again now (F5)</source>
        <translation>Relire les chiffres maintenant (F5)</translation>
    </message>
    <message>
        <source>Open the %1 queue</source>
        <translation>Ouvrir la file « %1 »</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Passées</translation>
    </message>
    <message>
        <source>Acknowledged by the warehouse</source>
        <translation>Confirmées par l&apos;entrepôt</translation>
    </message>
    <message>
        <source>Oldest open exception per type</source>
        <translation>Plus ancienne anomalie ouverte par type</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente depuis</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Niveau de service</translation>
    </message>
    <message>
        <source>Orders placed and acknowledged by the warehouse</source>
        <translation>Commandes passées et confirmées par l&apos;entrepôt</translation>
    </message>
    <message>
        <source>Unresolved exceptions by type</source>
        <translation>Anomalies non résolues par type</translation>
    </message>
    <message>
        <source>Sync lag per connector</source>
        <translation>Retard de synchronisation par connecteur</translation>
    </message>
    <message>
        <source>Oldest open exception against its service level</source>
        <translation>Plus ancienne anomalie ouverte par rapport à son niveau de service</translation>
    </message>
    <message>
        <source>Cannot read the database: %1</source>
        <translation>Impossible de lire la base de données : %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Mis à jour à %1</translation>
    </message>
    <message>
        <source>Cannot read the orders: %1</source>
        <translation>Impossible de lire les commandes : %1</translation>
    </message>
    <message>
        <source>No backlog: the warehouse has acknowledged every paid order in this span.</source>
        <translation>Aucun retard : l&apos;entrepôt a confirmé toutes les commandes payées sur cette période.</translation>
    </message>
    <message numerus="yes">
        <source>Paid orders not yet acknowledged by the warehouse: %n</source>
        <translation>
            <numerusform>Commandes payées pas encore confirmées par l&apos;entrepôt : %n</numerusform>
            <numerusform>Commandes payées pas encore confirmées par l&apos;entrepôt : %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No orders in the last 24 hours.</source>
        <translation>Aucune commande au cours des dernières 24 heures.</translation>
    </message>
    <message>
        <source>No orders in the last 14 days.</source>
        <translation>Aucune commande au cours des 14 derniers jours.</translation>
    </message>
    <message>
        <source>Cannot read the exceptions: %1</source>
        <translation>Impossible de lire les anomalies : %1</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acquittées</translation>
    </message>
    <message>
        <source>No unresolved exceptions: everything is in step.</source>
        <translation>Aucune anomalie non résolue : tout est synchronisé.</translation>
    </message>
    <message>
        <source>Cannot read the sync state: %1</source>
        <translation>Impossible de lire l&apos;état de synchronisation : %1</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
    <message numerus="yes">
        <source>Behind (over %n min)</source>
        <translation>
            <numerusform>En retard (plus de %n min)</numerusform>
            <numerusform>En retard (plus de %n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>No connector has synced yet.</source>
        <translation>Aucun connecteur ne s&apos;est encore synchronisé.</translation>
    </message>
    <message>
        <source>No service level</source>
        <translation>Aucun niveau de service</translation>
    </message>
    <message>
        <source>Overdue by %1</source>
        <translation>En retard de %1</translation>
    </message>
    <message>
        <source>Due in %1</source>
        <translation>Échéance dans %1</translation>
    </message>
    <message>
        <source>Open since %1</source>
        <translation>Ouverte depuis le %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Échéance : %1</translation>
    </message>
    <message>
        <source>No open exceptions: nothing is waiting.</source>
        <translation>Aucune anomalie ouverte : rien n&apos;est en attente.</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::DeskExecutor</name>
    <message>
        <source>The database cannot be written: %1</source>
        <translation>Impossible d’écrire dans la base de données : %1</translation>
    </message>
    <message>
        <source>Checking both systems needs the engine, and none runs on this store now: start the engine&apos;s service (or a console with the configuration), then check again.</source>
        <translation>Vérifier les deux systèmes nécessite le moteur, et aucun ne tourne sur ce stockage pour l&apos;instant : démarrez le service du moteur (ou une console avec la configuration), puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>The exceptions to act on cannot be read: %1</source>
        <translation>Les exceptions concernées ne peuvent pas être lues : %1</translation>
    </message>
    <message>
        <source>The request cannot be left for the engine: %1</source>
        <translation>La demande ne peut pas être laissée au moteur : %1</translation>
    </message>
    <message>
        <source>The engine&apos;s answer cannot be read: %1</source>
        <translation>La réponse du moteur ne peut pas être lue : %1</translation>
    </message>
    <message>
        <source>The engine stopped while it ran this, before it finished. What it did is in the exception&apos;s history: look there before you try again.</source>
        <translation>Le moteur s&apos;est arrêté pendant qu&apos;il exécutait ceci, avant d&apos;avoir fini. Ce qu&apos;il a fait figure dans l&apos;historique de l&apos;exception : consultez-le avant de réessayer.</translation>
    </message>
    <message>
        <source>The request was taken back before an engine ran it.</source>
        <translation>La demande a été retirée avant qu&apos;un moteur ne l&apos;exécute.</translation>
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
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>%1 w %2 d</source>
        <translation>%1 sem. %2 j</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Opérations</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>Service client</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finance</translation>
    </message>
    <message>
        <source>eCommerce</source>
        <translation>E-commerce</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acquittée</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolue</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>la connexion a été refusée</translation>
    </message>
    <message>
        <source>the other side closed the connection</source>
        <translation>l&apos;autre partie a fermé la connexion</translation>
    </message>
    <message>
        <source>the server&apos;s name was not found</source>
        <translation>le nom du serveur est introuvable</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>le serveur n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>the call was cancelled</source>
        <translation>l&apos;appel a été annulé</translation>
    </message>
    <message>
        <source>a secure connection could not be set up</source>
        <translation>impossible d&apos;établir une connexion sécurisée</translation>
    </message>
    <message>
        <source>the network failed</source>
        <translation>le réseau a échoué</translation>
    </message>
    <message>
        <source>the proxy failed</source>
        <translation>le proxy a échoué</translation>
    </message>
    <message>
        <source>the server asked for a sign-in</source>
        <translation>le serveur demande une connexion</translation>
    </message>
    <message>
        <source>the server refused access</source>
        <translation>le serveur a refusé l&apos;accès</translation>
    </message>
    <message>
        <source>the server does not know this address</source>
        <translation>le serveur ne connaît pas cette adresse</translation>
    </message>
    <message>
        <source>the server sent the call elsewhere</source>
        <translation>le serveur a redirigé l&apos;appel</translation>
    </message>
    <message>
        <source>the server failed</source>
        <translation>le serveur a échoué</translation>
    </message>
    <message>
        <source>the call failed</source>
        <translation>l&apos;appel a échoué</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Signalée</translation>
    </message>
    <message>
        <source>Raised again</source>
        <translation>Signalée à nouveau</translation>
    </message>
    <message>
        <source>Resolved by the engine</source>
        <translation>Résolue par le moteur</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acquitter</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Attribuer</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Prendre en charge</translation>
    </message>
    <message>
        <source>Release claim</source>
        <translation>Libérer la prise en charge</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Check both systems</source>
        <translation>Vérifier les deux systèmes</translation>
    </message>
    <message>
        <source>SKU mapped</source>
        <translation>SKU associé</translation>
    </message>
    <message>
        <source>Facility chosen</source>
        <translation>Site choisi</translation>
    </message>
    <message>
        <source>Custom field mapped</source>
        <translation>Champ personnalisé associé</translation>
    </message>
    <message>
        <source>Order line changed</source>
        <translation>Ligne de commande modifiée</translation>
    </message>
    <message>
        <source>Exception %1</source>
        <translation>Anomalie %1</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>SKU mapping %1</source>
        <translation>Association de SKU %1</translation>
    </message>
    <message>
        <source>Custom field mapping %1</source>
        <translation>Association de champ personnalisé %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>Prise en charge par</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Warehouse SKU</source>
        <translation>SKU de l&apos;entrepôt</translation>
    </message>
    <message>
        <source>Warehouse field</source>
        <translation>Champ de l&apos;entrepôt</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>le serveur</translation>
    </message>
    <message>
        <source>Sent without a line</source>
        <translation>Envoyée sans une ligne</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>SKU not in the item master</source>
        <translation>SKU absent du référentiel articles</translation>
    </message>
    <message>
        <source>SKU used twice in the storefront</source>
        <translation>SKU utilisé deux fois dans la boutique</translation>
    </message>
    <message>
        <source>Variation shares its parent&apos;s SKU</source>
        <translation>La variante partage le SKU de son article parent</translation>
    </message>
    <message>
        <source>Bundle component not in the item master</source>
        <translation>Composant du lot absent du référentiel articles</translation>
    </message>
    <message>
        <source>No stock to allocate</source>
        <translation>Pas de stock à allouer</translation>
    </message>
    <message>
        <source>Order values the warehouse refuses</source>
        <translation>Valeurs de commande refusées par l&apos;entrepôt</translation>
    </message>
    <message>
        <source>Channel maps to no facility</source>
        <translation>Le canal ne correspond à aucun site</translation>
    </message>
    <message>
        <source>Checkout field without a mapping</source>
        <translation>Champ de commande sans correspondance</translation>
    </message>
    <message>
        <source>Cancelled after the warehouse locked it</source>
        <translation>Annulée après le verrouillage par l&apos;entrepôt</translation>
    </message>
    <message>
        <source>Not acknowledged by the warehouse</source>
        <translation>Non confirmée par l&apos;entrepôt</translation>
    </message>
    <message>
        <source>Sending to the warehouse given up</source>
        <translation>Envoi à l&apos;entrepôt abandonné</translation>
    </message>
    <message>
        <source>Refused by the warehouse</source>
        <translation>Refusée par l&apos;entrepôt</translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation>En attente de paiement</translation>
    </message>
    <message>
        <source>Storefront status behind the warehouse</source>
        <translation>Statut de la boutique en retard sur l&apos;entrepôt</translation>
    </message>
    <message>
        <source>Order value differs</source>
        <translation>Le montant de la commande diffère</translation>
    </message>
    <message>
        <source>Shipment confirmation missing</source>
        <translation>Confirmation d&apos;expédition manquante</translation>
    </message>
    <message>
        <source>Storefront stock differs from the warehouse</source>
        <translation>Le stock de la boutique diffère de l&apos;entrepôt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Warehouse asked to intercept</source>
        <translation>Entrepôt prié d&apos;intercepter</translation>
    </message>
    <message>
        <source>Handed to customer service</source>
        <translation>Transmis au service client</translation>
    </message>
    <message>
        <source>Store sale not taken off the warehouse&apos;s stock</source>
        <translation>Vente en magasin non déduite du stock de l&apos;entrepôt</translation>
    </message>
    <message>
        <source>Stock move applied twice at the warehouse</source>
        <translation>Mouvement de stock appliqué deux fois à l&apos;entrepôt</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::FacilityDialog</name>
    <message>
        <source>Choose a facility for order %1</source>
        <translation>Choisir un site pour la commande %1</translation>
    </message>
    <message>
        <source>Route and retry</source>
        <translation>Affecter et relancer</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 available</source>
        <translation>%1 — %2 disponibles sur %3</translation>
    </message>
    <message>
        <source>The order is sent to the facility you choose; the choice is kept for this order only.</source>
        <translation>La commande est transmise au site que vous choisissez ; ce choix ne vaut que pour cette commande.</translation>
    </message>
    <message>
        <source>&amp;Facility:</source>
        <translation>&amp;Site :</translation>
    </message>
    <message>
        <source>Order %1 → no facility</source>
        <translation>Commande %1 → aucun site</translation>
    </message>
    <message>
        <source>Order %1 → %2</source>
        <translation>Commande %1 → %2</translation>
    </message>
    <message>
        <source>Choose a facility.</source>
        <translation>Choisissez un site.</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::InterceptDialog</name>
    <message>
        <source>Ask the warehouse to intercept order %1</source>
        <translation>Demander à l&apos;entrepôt d&apos;intercepter la commande %1</translation>
    </message>
    <message>
        <source>The warehouse released this order before the cancellation reached it, and Deposco takes no hold or note once an order is released: ask the warehouse team yourself, by phone or mail, to pull it before the carrier collects it. Lockstep keeps your request and follows the order: the exception resolves when the warehouse cancels it, and goes to customer service for a return if the carrier collects it.</source>
        <translation>L&apos;entrepôt a libéré cette commande avant que l&apos;annulation ne lui parvienne, et Deposco n&apos;accepte ni blocage ni note une fois la commande libérée : demandez vous-même à l&apos;équipe de l&apos;entrepôt, par téléphone ou par mail, de la retirer avant l&apos;enlèvement par le transporteur. Lockstep conserve votre demande et suit la commande : l&apos;exception se résout quand l&apos;entrepôt l&apos;annule, et passe au service client pour un retour si le transporteur l&apos;enlève.</translation>
    </message>
    <message>
        <source>Message for the warehouse</source>
        <translation>Message pour l&apos;entrepôt</translation>
    </message>
    <message>
        <source>&amp;Copy message</source>
        <translation>&amp;Copier le message</translation>
    </message>
    <message>
        <source>Write an &amp;email…</source>
        <translation>Écrire un &amp;e-mail…</translation>
    </message>
    <message>
        <source>How you asked</source>
        <translation>Comment vous avez demandé</translation>
    </message>
    <message>
        <source>e.g. called the shift lead at %1 (required)</source>
        <translation>p. ex. appelé le chef d&apos;équipe de %1 (obligatoire)</translation>
    </message>
    <message>
        <source>the warehouse</source>
        <translation>l&apos;entrepôt</translation>
    </message>
    <message>
        <source>Keep the request</source>
        <translation>Conserver la demande</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message :</translation>
    </message>
    <message>
        <source>&amp;How you asked:</source>
        <translation>&amp;Comment demandé :</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copié.</translation>
    </message>
    <message>
        <source>Please intercept order %1</source>
        <translation>Merci d&apos;intercepter la commande %1</translation>
    </message>
    <message>
        <source>No mail program answered: copy the message instead.</source>
        <translation>Aucun programme de messagerie n&apos;a répondu : copiez plutôt le message.</translation>
    </message>
    <message>
        <source>Please pull order %1 at %2 before the carrier collects it, and cancel it in Deposco.
The customer cancelled it in the storefront after the warehouse had released it.
%3
Lockstep exception %4.</source>
        <translation>Merci de retirer la commande %1 (%2) avant l&apos;enlèvement par le transporteur et de l&apos;annuler dans Deposco.
Le client l&apos;a annulée dans la boutique après sa libération par l&apos;entrepôt.
%3
Exception Lockstep %4.</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::KeyValueTable</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation>Supprimer les lignes sélectionnées</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::LifecycleModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::LineAdjustDialog</name>
    <message>
        <source>Adjust a line of order %1</source>
        <translation>Ajuster une ligne de la commande %1</translation>
    </message>
    <message>
        <source>Adjust and retry</source>
        <translation>Ajuster et relancer</translation>
    </message>
    <message>
        <source>About this order</source>
        <translation>À propos de cette commande</translation>
    </message>
    <message>
        <source>Cannot read the waiting warehouse order: %1</source>
        <translation>Impossible de lire la commande entrepôt en attente : %1</translation>
    </message>
    <message>
        <source>Order %1 has no warehouse order waiting to be sent, so there is no line to adjust. Fix what holds it (a SKU mapping, a facility) instead.</source>
        <translation>La commande %1 n&apos;a aucune commande entrepôt en attente de transmission, il n&apos;y a donc aucune ligne à ajuster. Corrigez plutôt ce qui la bloque (une association de SKU, un site).</translation>
    </message>
    <message>
        <source>Order %1 is already at the warehouse; change it there.</source>
        <translation>La commande %1 est déjà à l&apos;entrepôt ; modifiez-la là-bas.</translation>
    </message>
    <message>
        <source>Change one line of the order waiting to be sent to %1; it is then sent again under the same idempotency key.</source>
        <translation>Modifiez une ligne de la commande en attente de transmission à %1 ; elle est ensuite transmise à nouveau avec la même clé d&apos;idempotence.</translation>
    </message>
    <message>
        <source>The waiting warehouse order cannot be read: %1</source>
        <translation>La commande entrepôt en attente ne peut pas être lue : %1</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>WMS SKU</source>
        <translation>SKU WMS</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>New WMS SKU</source>
        <translation>Nouveau SKU WMS</translation>
    </message>
    <message>
        <source>Leave empty to keep the item</source>
        <translation>Laisser vide pour conserver l&apos;article</translation>
    </message>
    <message>
        <source>New quantity</source>
        <translation>Nouvelle quantité</translation>
    </message>
    <message>
        <source>WMS &amp;SKU:</source>
        <translation>&amp;SKU WMS :</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantité :</translation>
    </message>
    <message>
        <source>Line %1: %2 × %3</source>
        <translation>Ligne %1 : %2 × %3</translation>
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
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>Engine: not running</source>
        <translation>Moteur : arrêté</translation>
    </message>
    <message>
        <source>Every record of this kind that fell out of step, with its reason, the suggested action, and Retry, Edit and Acknowledge.</source>
        <translation>Chaque enregistrement de ce type qui s&apos;est désynchronisé, avec son motif, l&apos;action conseillée, et Relancer, Modifier et Acquitter.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About Lockstep</source>
        <translation>À &amp;propos de Lockstep</translation>
    </message>
    <message>
        <source>About Lockstep</source>
        <translation>À propos de Lockstep</translation>
    </message>
    <message>
        <source>Lockstep %1
Keeps storefronts and the warehouse in lockstep, and shows people the records that fell out of step.</source>
        <translation>Lockstep %1
Synchronise les boutiques et l&apos;entrepôt, et présente aux personnes concernées les enregistrements désynchronisés.</translation>
    </message>
    <message>
        <source>Cannot read the database: %1</source>
        <translation>Impossible de lire la base de données : %1</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation>Moteur : %1</translation>
    </message>
    <message>
        <source>Engine activity</source>
        <translation>Activité du moteur</translation>
    </message>
    <message>
        <source>Lockstep — demo (sandbox)</source>
        <translation>Lockstep — démo (bac à sable)</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <source>The log folder %1 could not be opened.</source>
        <translation>Le dossier des journaux %1 n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>Engine jobs</source>
        <translation>Tâches du moteur</translation>
    </message>
    <message>
        <source>Orders from %1</source>
        <translation>Commandes de %1</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Warehouse news</source>
        <translation>Nouvelles de l&apos;entrepôt</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>Last job: %1 at %2</source>
        <translation>Dernière tâche : %1 à %2</translation>
    </message>
    <message>
        <source>%1: last ran at %2</source>
        <translation>%1 : dernière exécution à %2</translation>
    </message>
    <message>
        <source>runs in another program (%1); this console shows its work</source>
        <translation>tourne dans un autre programme (%1) ; cette console affiche son travail</translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation>Paramètres non enregistrés</translation>
    </message>
    <message>
        <source>The settings have changes that are not saved. Save them before quitting?</source>
        <translation>Les paramètres contiennent des modifications non enregistrées. Les enregistrer avant de quitter ?</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>The database server does not answer: %1</source>
        <translation>Le serveur de base de données ne répond pas : %1</translation>
    </message>
    <message>
        <source>The database server answers again; everything is read again.</source>
        <translation>Le serveur de base de données répond de nouveau ; tout est relu.</translation>
    </message>
    <message>
        <source>Database: %1 not answering since %2</source>
        <translation>Base de données : %1 ne répond plus depuis %2</translation>
    </message>
    <message>
        <source>Engine: none runs on this store (actions work; sends wait for an engine)</source>
        <translation>Moteur : aucun ne tourne sur cette base (les actions fonctionnent ; les envois attendent un moteur)</translation>
    </message>
    <message>
        <source>Engine: %1 on %2, since %3</source>
        <translation>Moteur : %1 sur %2, depuis %3</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::Navigation</name>
    <message>
        <source>Failed allocations</source>
        <translation>Allocations échouées</translation>
    </message>
    <message>
        <source>SKU mismatches</source>
        <translation>SKU non concordants</translation>
    </message>
    <message>
        <source>Stuck pending orders</source>
        <translation>Commandes bloquées en attente</translation>
    </message>
    <message>
        <source>Cancellations past cutoff</source>
        <translation>Annulations après l&apos;heure limite</translation>
    </message>
    <message>
        <source>Shipment confirmations missing</source>
        <translation>Confirmations d&apos;expédition manquantes</translation>
    </message>
    <message>
        <source>Order totals mismatches</source>
        <translation>Écarts de montant de commande</translation>
    </message>
    <message>
        <source>Inventory drift</source>
        <translation>Écarts de stock</translation>
    </message>
    <message>
        <source>Unmapped checkout fields</source>
        <translation>Champs de checkout non mappés</translation>
    </message>
    <message>
        <source>Facility routing failures</source>
        <translation>Échecs d&apos;affectation de site</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Files d&apos;attente</translation>
    </message>
    <message>
        <source>Other exceptions</source>
        <translation>Autres anomalies</translation>
    </message>
    <message>
        <source>Order lookup</source>
        <translation>Recherche de commande</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n open</source>
        <translation>
            <numerusform>%1, %n ouverte</numerusform>
            <numerusform>%1, %n ouvertes</numerusform>
        </translation>
    </message>
    <message>
        <source>Till returns not at the warehouse</source>
        <translation>Retours en caisse absents de l’entrepôt</translation>
    </message>
    <message>
        <source>Store sales not at the warehouse</source>
        <translation>Ventes en magasin absentes de l&apos;entrepôt</translation>
    </message>
    <message>
        <source>Stock moved twice (sync loop)</source>
        <translation>Stock déplacé deux fois</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::OrderLookupPage</name>
    <message>
        <source>Order lookup</source>
        <translation>Recherche de commande</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>Rechercher des commandes</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Matching orders</source>
        <translation>Commandes correspondantes</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Passée le</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>&amp;Copy as text</source>
        <translation>&amp;Copier en texte</translation>
    </message>
    <message>
        <source>Copy a plain summary for a reply to the customer (Ctrl+Shift+C)</source>
        <translation>Copier un résumé simple pour répondre au client (Ctrl+Maj+C)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Order timeline</source>
        <translation>Chronologie de la commande</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Anomalies</translation>
    </message>
    <message>
        <source>Exceptions about this order</source>
        <translation>Anomalies de cette commande</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Re&amp;lancer</translation>
    </message>
    <message>
        <source>Redo the failed step now</source>
        <translation>Refaire maintenant l&apos;étape qui a échoué</translation>
    </message>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation>&amp;Acquitter…</translation>
    </message>
    <message>
        <source>Take this exception, with a note</source>
        <translation>Acquitter cette anomalie, avec une note</translation>
    </message>
    <message>
        <source>No exceptions: nothing about this order needs a person.</source>
        <translation>Aucune anomalie : rien dans cette commande ne demande d&apos;intervention.</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La recherche a échoué : %1</translation>
    </message>
    <message numerus="yes">
        <source>More than %n orders match; showing the newest. Search by order number to narrow it.</source>
        <translation>
            <numerusform>Plus de %n commande correspond ; les plus récentes sont affichées. Recherchez par numéro de commande pour affiner.</numerusform>
            <numerusform>Plus de %n commandes correspondent ; les plus récentes sont affichées. Recherchez par numéro de commande pour affiner.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orders match; choose one.</source>
        <translation>
            <numerusform>%n commande correspond ; choisissez-la.</numerusform>
            <numerusform>%n commandes correspondent ; choisissez-en une.</numerusform>
        </translation>
    </message>
    <message>
        <source>The order is no longer in the database.</source>
        <translation>La commande n&apos;est plus dans la base de données.</translation>
    </message>
    <message>
        <source>Cannot read the order: %1</source>
        <translation>Impossible de lire la commande : %1</translation>
    </message>
    <message>
        <source>Cannot read the order&apos;s history: %1</source>
        <translation>Impossible de lire l&apos;historique de la commande : %1</translation>
    </message>
    <message>
        <source>Order %1 in %2</source>
        <translation>Commande %1 dans %2</translation>
    </message>
    <message>
        <source>placed %1</source>
        <translation>passée le %1</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>warehouse order at %1 since %2</source>
        <translation>commande entrepôt à %1 depuis le %2</translation>
    </message>
    <message>
        <source>%1 × %2 (%3)</source>
        <translation>%1 × %2 (%3)</translation>
    </message>
    <message>
        <source>No items</source>
        <translation>Aucun article</translation>
    </message>
    <message>
        <source>Timeline: no events recorded yet</source>
        <translation>Chronologie : aucun événement enregistré pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>Timeline (%n)</source>
        <translation>
            <numerusform>Chronologie (%n)</numerusform>
            <numerusform>Chronologie (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exceptions (%n)</source>
        <translation>
            <numerusform>Anomalies (%n)</numerusform>
            <numerusform>Anomalies (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied a summary of order %1 to the clipboard.</source>
        <translation>Résumé de la commande %1 copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Order number (#1072), customer name or email (or how it starts), storefront id or tracking number</source>
        <translation>Numéro de commande (#1072), nom ou e-mail du client (ou leur début), id boutique ou numéro de suivi</translation>
    </message>
    <message>
        <source>Type an order number, the customer&apos;s name or email (the first letters are enough), a storefront order id or a tracking number, then press Enter.</source>
        <translation>Saisissez un numéro de commande, le nom ou l&apos;e-mail du client (les premières lettres suffisent), un id de commande boutique ou un numéro de suivi, puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Type an order number, the customer&apos;s name or email, a storefront order id or a tracking number.</source>
        <translation>Saisissez un numéro de commande, le nom ou l&apos;e-mail du client, un id de commande boutique ou un numéro de suivi.</translation>
    </message>
    <message>
        <source>No order matches “%1”. Try the order number, the start of the customer&apos;s name or email, or a tracking number.</source>
        <translation>Aucune commande ne correspond à « %1 ». Essayez le numéro de commande, le début du nom ou de l&apos;e-mail du client, ou un numéro de suivi.</translation>
    </message>
    <message>
        <source>Track %1 %2</source>
        <translation>Suivre %1 %2</translation>
    </message>
    <message>
        <source>Open in %1</source>
        <translation>Ouvrir dans %1</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Échu maintenant</translation>
    </message>
    <message>
        <source>Ask to &amp;intercept…</source>
        <translation>Demander l&apos;&amp;interception…</translation>
    </message>
    <message>
        <source>Ask the warehouse to pull the order before the carrier collects it</source>
        <translation>Demander à l&apos;entrepôt de retirer la commande avant l&apos;enlèvement</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
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
        <translation>Commande %1</translation>
    </message>
    <message numerus="yes">
        <source>Retry %n exception(s) now?</source>
        <translation>
            <numerusform>Relancer maintenant %n anomalie ?</numerusform>
            <numerusform>Relancer maintenant %n anomalies ?</numerusform>
        </translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation>…et %1 de plus.</translation>
    </message>
    <message>
        <source>The warehouse is asked first whether it already has each order; nothing is sent twice.</source>
        <translation>L&apos;entrepôt est d&apos;abord interrogé pour savoir s&apos;il a déjà chaque commande ; rien n&apos;est transmis deux fois.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acquitter</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Attribuer</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Prendre en charge</translation>
    </message>
    <message>
        <source>Release claim</source>
        <translation>Libérer la prise en charge</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>The engine is not running: %1 was not sent.</source>
        <translation>Le moteur n&apos;est pas en cours d&apos;exécution : %1 n&apos;a pas été transmis.</translation>
    </message>
    <message>
        <source>%1: everything matching the filter…</source>
        <translation>%1 : tout ce qui correspond au filtre…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n exception(s)…</source>
        <translation>
            <numerusform>%1 : %n anomalie…</numerusform>
            <numerusform>%1 : %n anomalies…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sent to the engine…</source>
        <translation>%1 transmis au moteur…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: %2 done, %3 refused.</source>
        <translation>%1 : %2 réussie(s), %3 refusée(s).</translation>
    </message>
    <message>
        <source>%1 did not run: %2</source>
        <translation>%1 : action non exécutée : %2</translation>
    </message>
    <message>
        <source>Everything matching the filter: %1.</source>
        <translation>Tout ce qui correspond au filtre : %1.</translation>
    </message>
    <message>
        <source>%1 is not part of the work of the role &quot;%2&quot;; nothing was sent.</source>
        <translation>%1 ne fait pas partie du travail du rôle « %2 » ; rien n’a été envoyé.</translation>
    </message>
    <message numerus="yes">
        <source>Send %n order(s) to the facility you chose?</source>
        <translation>
            <numerusform>Envoyer %n commande au site choisi ?</numerusform>
            <numerusform>Envoyer %n commandes au site choisi ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Claim %n exception(s)?</source>
        <translation>
            <numerusform>Prendre en charge %n anomalie ?</numerusform>
            <numerusform>Prendre en charge %n anomalies ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Release the claim on %n exception(s)?</source>
        <translation>
            <numerusform>Libérer la prise en charge de %n anomalie ?</numerusform>
            <numerusform>Libérer la prise en charge de %n anomalies ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reopen %n exception(s)?</source>
        <translation>
            <numerusform>Rouvrir %n anomalie ?</numerusform>
            <numerusform>Rouvrir %n anomalies ?</numerusform>
        </translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
    </message>
    <message numerus="yes">
        <source>Acknowledging does not send %n order(s) to the warehouse (%1): each stays paid and unsent in Lockstep, and reappears as a stuck pending order when its time is up. Acknowledge only if the order is handled outside Lockstep (entered in the WMS by hand, cancelled with the customer). To ship it, map the SKU or send the order without that line (Edit).</source>
        <translation>
            <numerusform>Acquitter n&apos;envoie pas %n commande à l&apos;entrepôt (%1) : elle reste payée et non envoyée dans Lockstep, et réapparaît comme commande en attente bloquée une fois son délai passé. N&apos;acquittez que si la commande est traitée hors de Lockstep (saisie à la main dans le WMS, annulée avec le client). Pour l&apos;expédier, associez le SKU ou envoyez la commande sans cette ligne (Modifier).</numerusform>
            <numerusform>Acquitter n&apos;envoie pas %n commandes à l&apos;entrepôt (%1) : chacune reste payée et non envoyée dans Lockstep, et réapparaît comme commande en attente bloquée une fois son délai passé. N&apos;acquittez que si la commande est traitée hors de Lockstep (saisie à la main dans le WMS, annulée avec le client). Pour l&apos;expédier, associez le SKU ou envoyez la commande sans cette ligne (Modifier).</numerusform>
        </translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Ask to intercept</source>
        <translation>Demander l&apos;interception</translation>
    </message>
    <message>
        <source>Cannot read what the edit shows: %1</source>
        <translation>Impossible de lire ce que la modification affiche : %1</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::QueueDetailPanel</name>
    <message>
        <source>Exception details</source>
        <translation>Détails de l&apos;anomalie</translation>
    </message>
    <message>
        <source>Select an exception to see its reason, facts, payload and history.</source>
        <translation>Sélectionnez une anomalie pour voir son motif, ses faits, son contenu et son historique.</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Anomalie</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation>Action conseillée</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Vue pour la première fois</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vue pour la dernière fois</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>SLA due</source>
        <translation>Échéance SLA</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Cutoff</source>
        <translation>Heure limite</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>Prise en charge par</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>Conseillé : %1</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1 (il y a %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot read the history: %1</source>
        <translation>Impossible de lire l&apos;historique : %1</translation>
    </message>
    <message>
        <source>No actions yet</source>
        <translation>Aucune action pour l&apos;instant</translation>
    </message>
    <message>
        <source>Now at both systems</source>
        <translation>Situation actuelle dans les deux systèmes</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Add a comment for the people working on this</source>
        <translation>Ajoutez un commentaire pour ceux qui s&apos;en occupent</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Nouveau commentaire</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Commenter</translation>
    </message>
    <message>
        <source>Add the comment to this exception&apos;s thread (Enter)</source>
        <translation>Ajouter le commentaire au fil de cette exception (Entrée)</translation>
    </message>
    <message>
        <source>Not part of the work of the role &quot;%1&quot; (change the role in Settings).</source>
        <translation>Ne fait pas partie du travail du rôle « %1 » (le rôle se change dans les Paramètres).</translation>
    </message>
    <message>
        <source>Cannot read the comments: %1</source>
        <translation>Impossible de lire les commentaires : %1</translation>
    </message>
    <message>
        <source>Comments (%1)</source>
        <translation>Commentaires (%1)</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::QueueFilterBar</name>
    <message>
        <source>Any age</source>
        <translation>Tout âge</translation>
    </message>
    <message>
        <source>Older than 1 h</source>
        <translation>Plus de 1 h</translation>
    </message>
    <message>
        <source>Older than 4 h</source>
        <translation>Plus de 4 h</translation>
    </message>
    <message>
        <source>Older than 1 day</source>
        <translation>Plus de 1 jour</translation>
    </message>
    <message>
        <source>Older than 1 week</source>
        <translation>Plus de 1 semaine</translation>
    </message>
    <message>
        <source>Search order, SKU, facility or reason</source>
        <translation>Rechercher une commande, un SKU, un site ou un motif</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>All facilities</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <source>Owner team</source>
        <translation>Équipe responsable</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Toutes les équipes</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Les miennes</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non attribuées</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Only the exceptions of one cause, with how many each has</source>
        <translation>Seulement les exceptions d&apos;une cause, avec leur nombre par cause</translation>
    </message>
    <message>
        <source>All causes</source>
        <translation>Toutes les causes</translation>
    </message>
    <message>
        <source>Whose exceptions</source>
        <translation>Les exceptions de qui</translation>
    </message>
    <message>
        <source>Only the exceptions assigned to you</source>
        <translation>Seulement les exceptions qui vous sont attribuées</translation>
    </message>
    <message>
        <source>Only the exceptions assigned to nobody</source>
        <translation>Seulement les exceptions attribuées à personne</translation>
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
        <translation>Vues enregistrées</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Enregistrer la vue…</translation>
    </message>
    <message>
        <source>Save the current filter as a view</source>
        <translation>Enregistrer le filtre actuel comme vue</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Supprimer la vue</translation>
    </message>
    <message>
        <source>Delete the selected view</source>
        <translation>Supprimer la vue sélectionnée</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>%1 table</source>
        <translation>Tableau %1</translation>
    </message>
    <message>
        <source>Queue status</source>
        <translation>État de la file</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <source>Redo the failed step now</source>
        <translation>Refaire maintenant l&apos;étape qui a échoué</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Correct the record, then retry</source>
        <translation>Corriger l&apos;enregistrement, puis relancer</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>Acquitter…</translation>
    </message>
    <message>
        <source>Take it out of the open queue, with a note</source>
        <translation>La retirer de la file ouverte, avec une note</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Attribuer…</translation>
    </message>
    <message>
        <source>Give it to a person or team</source>
        <translation>L&apos;attribuer à une personne ou une équipe</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Prendre en charge</translation>
    </message>
    <message>
        <source>Take it yourself so nobody else works on it</source>
        <translation>La prendre en charge soi-même pour que personne d&apos;autre ne la traite</translation>
    </message>
    <message>
        <source>Open order</source>
        <translation>Ouvrir la commande</translation>
    </message>
    <message>
        <source>Show the order&apos;s lifecycle</source>
        <translation>Afficher le cycle de vie de la commande</translation>
    </message>
    <message>
        <source>%1 shown, counting… · %2</source>
        <translation>%1 affichées, comptage… · %2</translation>
    </message>
    <message>
        <source>%1 of %2 shown · %3</source>
        <translation>%1 sur %2 affichées · %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n selected</source>
        <translation>
            <numerusform>%1 · %n sélectionnée</numerusform>
            <numerusform>%1 · %n sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing open here. Every record of this kind is in step.</source>
        <translation>Rien d&apos;ouvert ici. Tous les enregistrements de ce type sont synchronisés.</translation>
    </message>
    <message>
        <source>Nothing acknowledged in this queue.</source>
        <translation>Rien d&apos;acquitté dans cette file.</translation>
    </message>
    <message>
        <source>Nothing resolved in this queue yet.</source>
        <translation>Rien n&apos;est encore résolu dans cette file.</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Enregistrer la vue</translation>
    </message>
    <message>
        <source>Name for this filter:</source>
        <translation>Nom de ce filtre :</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Dernière action</translation>
    </message>
    <message>
        <source>Release claim</source>
        <translation>Libérer la prise en charge</translation>
    </message>
    <message>
        <source>Let others work on it again</source>
        <translation>Permettre à d&apos;autres de la traiter à nouveau</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Put it back in the open queue</source>
        <translation>La remettre dans la file des anomalies ouvertes</translation>
    </message>
    <message>
        <source>Whole filter</source>
        <translation>Tout le filtre</translation>
    </message>
    <message>
        <source>Act on everything matching the filter, not only the selected rows (%1)</source>
        <translation>Agir sur tout ce qui correspond au filtre, pas seulement sur les lignes sélectionnées (%1)</translation>
    </message>
    <message>
        <source>Not part of the work of the role &quot;%1&quot; (change the role in Settings).</source>
        <translation>Ne fait pas partie du travail du rôle « %1 » (le rôle se change dans les Paramètres).</translation>
    </message>
    <message>
        <source>Nothing matches these filters. Clear the search or choose another facility, owner, age, cause or view.</source>
        <translation>Rien ne correspond à ces filtres. Effacez la recherche ou choisissez un autre site, équipe, âge, cause ou vue.</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>Save or delete a view</source>
        <translation>Enregistrer ou supprimer une vue</translation>
    </message>
    <message>
        <source>Ask to intercept…</source>
        <translation>Demander l&apos;interception…</translation>
    </message>
    <message>
        <source>Ask the warehouse to pull the order before the carrier collects it</source>
        <translation>Demander à l&apos;entrepôt de retirer la commande avant l&apos;enlèvement</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::QueueTableModel</name>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vue pour la dernière fois</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Cutoff</source>
        <translation>Heure limite</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>Prise en charge par</translation>
    </message>
    <message>
        <source>Cannot read the queue: %1</source>
        <translation>Impossible de lire la file : %1</translation>
    </message>
    <message>
        <source>First seen %1</source>
        <translation>Vue pour la première fois le %1</translation>
    </message>
    <message>
        <source>%1 (not sortable)</source>
        <translation>%1 (non triable)</translation>
    </message>
    <message>
        <source>Cannot count the queue: %1</source>
        <translation>Impossible de compter la file : %1</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::ReportsPage</name>
    <message>
        <source>Discrepancies</source>
        <translation>Écarts</translation>
    </message>
    <message>
        <source>Daily reconciliation</source>
        <translation>Rapprochement quotidien</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Anomalies</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Totals differ (tax, shipping, discount)</source>
        <translation>Totaux différents (taxes, livraison, remise)</translation>
    </message>
    <message>
        <source>Shipped, storefront never told</source>
        <translation>Expédiée, boutique jamais informée</translation>
    </message>
    <message>
        <source>Cancelled in the storefront but shipped</source>
        <translation>Annulée dans la boutique mais expédiée</translation>
    </message>
    <message>
        <source>Refunded without a return</source>
        <translation>Remboursée sans retour</translation>
    </message>
    <message>
        <source>Stock drift</source>
        <translation>Dérive de stock</translation>
    </message>
    <message>
        <source>The preview could not be read: %1</source>
        <translation>L&apos;aperçu n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Actor, action or record contains…</source>
        <translation>L&apos;auteur, l&apos;action ou l&apos;enregistrement contient…</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Rapport :</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>(UTC days, both included)</source>
        <translation>(jours UTC, bornes incluses)</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Jours :</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filtre :</translation>
    </message>
    <message>
        <source>Contains:</source>
        <translation>Contient :</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Colonnes :</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;Excel…</source>
        <translation>Exporter en &amp;Excel…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Ouvrir le fichier</translation>
    </message>
    <message>
        <source>Open its folder</source>
        <translation>Ouvrir son dossier</translation>
    </message>
    <message>
        <source>Daily reconciliation: orders sold, shipped, cancelled or refunded</source>
        <translation>Rapprochement quotidien : commandes vendues, expédiées, annulées ou remboursées</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Every web storefront</source>
        <translation>Toutes les boutiques en ligne</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Every entry</source>
        <translation>Toutes les entrées</translation>
    </message>
    <message>
        <source>The first day is after the last.</source>
        <translation>Le premier jour est postérieur au dernier.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Reading the orders behind %1…</source>
        <translation>Lecture des commandes derrière %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) behind %1 %2 (%3); Preview shows the days again.</source>
        <translation>
            <numerusform>%n commande derrière %1 %2 (%3) ; Aperçu réaffiche les jours.</numerusform>
            <numerusform>%n commandes derrière %1 %2 (%3) ; Aperçu réaffiche les jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s); the export holds them all.</source>
        <translation>
            <numerusform>Aperçu : %n ligne ; l&apos;export les contient toutes.</numerusform>
            <numerusform>Aperçu : les %n premières lignes ; l&apos;export les contient toutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in this range.</source>
        <translation>Rien sur cette période.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n ligne.</numerusform>
            <numerusform>%n lignes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendues</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Expédiées</translation>
    </message>
    <message>
        <source>Cancelled or refunded</source>
        <translation>Annulées ou remboursées</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export vers %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message numerus="yes">
        <source>Exporting: %n row(s) written…</source>
        <translation>
            <numerusform>Export : %n ligne écrite…</numerusform>
            <numerusform>Export : %n lignes écrites…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>%n ligne exportée vers %1.</numerusform>
            <numerusform>%n lignes exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé ; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The export failed and no file was written: %1</source>
        <translation>L&apos;export a échoué et aucun fichier n&apos;a été écrit : %1</translation>
    </message>
    <message>
        <source>sold</source>
        <translation>vendues</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>expédiées</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulées</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>remboursée</translation>
    </message>
    <message>
        <source>not yet shipped, cancelled or refunded</source>
        <translation>pas encore expédiées, annulées ni remboursées</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Cancelled (orders)</source>
        <translation>Annulées (commandes)</translation>
    </message>
    <message>
        <source>Cancelled (value)</source>
        <translation>Annulées (montant)</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>Prise en charge par</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Not yet closed (orders)</source>
        <translation>Pas encore clôturées (commandes)</translation>
    </message>
    <message>
        <source>Not yet closed (value)</source>
        <translation>Pas encore clôturées (montant)</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Explained by</source>
        <translation>Expliqué par</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Vue pour la première fois</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vue pour la dernière fois</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Passée</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Refunded (orders)</source>
        <translation>Remboursées (commandes)</translation>
    </message>
    <message>
        <source>Refunded (value)</source>
        <translation>Remboursées (montant)</translation>
    </message>
    <message>
        <source>Sold (orders)</source>
        <translation>Vendues (commandes)</translation>
    </message>
    <message>
        <source>Sold (value)</source>
        <translation>Vendues (montant)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Expédition</translation>
    </message>
    <message>
        <source>Shipped (orders)</source>
        <translation>Expédiées (commandes)</translation>
    </message>
    <message>
        <source>Shipped (value)</source>
        <translation>Expédiées (montant)</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Frais de port</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>SLA due</source>
        <translation>Échéance SLA</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Storefront</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <source>Storefront order id</source>
        <translation>Id de commande boutique</translation>
    </message>
    <message>
        <source>Storefront status</source>
        <translation>Statut boutique</translation>
    </message>
    <message>
        <source>Storefront total</source>
        <translation>Total boutique</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Id de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Type d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation>Action conseillée</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Taxes</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Numéro de suivi</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Units difference</source>
        <translation>Écart d&apos;unités</translation>
    </message>
    <message>
        <source>Units expected</source>
        <translation>Unités attendues</translation>
    </message>
    <message>
        <source>Units seen</source>
        <translation>Unités constatées</translation>
    </message>
    <message>
        <source>Warehouse status</source>
        <translation>Statut entrepôt</translation>
    </message>
    <message>
        <source>Warehouse total</source>
        <translation>Total entrepôt</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) behind %1 %2 (%3); the first %4 shown, the export holds them all. Preview shows the days again.</source>
        <translation>
            <numerusform>%n commande derrière %1 %2 (%3) ; les %4 premières sont affichées, l&apos;export les contient toutes. Aperçu réaffiche les jours.</numerusform>
            <numerusform>%n commandes derrière %1 %2 (%3) ; les %4 premières sont affichées, l&apos;export les contient toutes. Aperçu réaffiche les jours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lockstep::ui::RoleDialog</name>
    <message>
        <source>Opens on the exception queues, with every action.</source>
        <translation>S&apos;ouvre sur les files d&apos;anomalies, avec toutes les actions.</translation>
    </message>
    <message>
        <source>Opens on Order lookup, to answer a customer about one order.</source>
        <translation>S&apos;ouvre sur Recherche de commande, pour renseigner un client sur une commande.</translation>
    </message>
    <message>
        <source>Opens on Reports; nothing is resent to the warehouse from this desktop.</source>
        <translation>S&apos;ouvre sur Rapports ; rien n&apos;est renvoyé à l&apos;entrepôt depuis ce poste.</translation>
    </message>
    <message>
        <source>Welcome to Lockstep</source>
        <translation>Bienvenue dans Lockstep</translation>
    </message>
    <message>
        <source>Choose your role</source>
        <translation>Choisissez votre rôle</translation>
    </message>
    <message>
        <source>Who works at this desktop? This sets the page Lockstep opens on and the actions in view. You can change it any time in Settings.</source>
        <translation>Qui travaille sur ce poste ? Ce choix détermine la page sur laquelle Lockstep s&apos;ouvre et les actions affichées. Vous pouvez le modifier à tout moment dans Paramètres.</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>Décider &amp;plus tard</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Décider plus tard</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::Roles</name>
    <message>
        <source>Warehouse supervisor</source>
        <translation>Superviseur d&apos;entrepôt</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>Service client</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finance</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::SecretField</name>
    <message>
        <source>Replace…</source>
        <translation>Remplacer…</translation>
    </message>
    <message>
        <source>Replace %1</source>
        <translation>Remplacer %1</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>%1 (nouvelle valeur)</translation>
    </message>
    <message>
        <source>Type or paste the new value</source>
        <translation>Saisissez ou collez la nouvelle valeur</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Store %1</source>
        <translation>Enregistrer %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
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
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Cause and detail</source>
        <translation>Cause et détail</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Run checks</source>
        <translation>Lancer les vérifications</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Checks the database, the configuration, the keychain and every configured system.</source>
        <translation>Vérifie la base de données, la configuration, le trousseau et chaque système configuré.</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>Toutes les vérifications ont réussi.</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed.</source>
        <translation>
            <numerusform>%n vérification a échoué.</numerusform>
            <numerusform>%n vérifications ont échoué.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lockstep::ui::SettingsPage</name>
    <message>
        <source>The configuration %1 cannot be edited here: %2</source>
        <translation>La configuration %1 ne peut pas être modifiée ici : %2</translation>
    </message>
    <message>
        <source>Open a configuration</source>
        <translation>Ouvrir une configuration</translation>
    </message>
    <message>
        <source>Lockstep configuration (*.json);;All files (*)</source>
        <translation>Configuration Lockstep (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Sections des paramètres</translation>
    </message>
    <message>
        <source>Open configuration…</source>
        <translation>Ouvrir une configuration…</translation>
    </message>
    <message>
        <source>Open a configuration file</source>
        <translation>Ouvrir un fichier de configuration</translation>
    </message>
    <message>
        <source>No configuration file is open: the console was started without --config, so the engine is not running. Open a configuration file to edit it; Lockstep runs with it when started as &quot;lockstep --config FILE&quot;.</source>
        <translation>Aucun fichier de configuration n&apos;est ouvert : la console a été démarrée sans --config, le moteur ne tourne donc pas. Ouvrez un fichier de configuration pour le modifier ; Lockstep l&apos;utilise lorsqu&apos;il est démarré avec « lockstep --config FILE ».</translation>
    </message>
    <message>
        <source>Demo mode: these are the sandbox&apos;s settings for this session, read-only. The demo makes them afresh at every start, so there is nothing to save; start Lockstep with --config FILE to edit a real configuration. Language and role below apply at once.</source>
        <translation>Mode démo : voici les paramètres du bac à sable pour cette session, en lecture seule. La démo les recrée à chaque démarrage, il n&apos;y a donc rien à enregistrer ; démarrez Lockstep avec --config FILE pour modifier une vraie configuration. La langue et le rôle ci-dessous s&apos;appliquent immédiatement.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation>Associations</translation>
    </message>
    <message>
        <source>Safety buffers</source>
        <translation>Stocks de sécurité</translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation>Niveaux de service</translation>
    </message>
    <message>
        <source>Owner teams</source>
        <translation>Équipes responsables</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Self-test</source>
        <translation>Autotest</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <source>The role sets the page Lockstep opens on and the actions in view. It applies at once.</source>
        <translation>Le rôle détermine la page sur laquelle Lockstep s&apos;ouvre et les actions affichées. Il s&apos;applique immédiatement.</translation>
    </message>
    <message>
        <source>How often each job of the engine runs.</source>
        <translation>Fréquence d&apos;exécution de chaque tâche du moteur.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Read new orders every</source>
        <translation>Lire les nouvelles commandes toutes les</translation>
    </message>
    <message>
        <source>Pull stock levels every</source>
        <translation>Récupérer les niveaux de stock toutes les</translation>
    </message>
    <message>
        <source>Read shipments every</source>
        <translation>Lire les expéditions toutes les</translation>
    </message>
    <message>
        <source>Check for exceptions every</source>
        <translation>Rechercher les anomalies toutes les</translation>
    </message>
    <message>
        <source>First sync reads back</source>
        <translation>Première synchronisation : remonter de</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>First sync reads in parallel</source>
        <translation>Première synchronisation : lectures en parallèle</translation>
    </message>
    <message>
        <source>Which facility ships each storefront channel, and where custom checkout fields go in the warehouse order. SKUs that differ between storefront and warehouse are mapped from the SKU mismatches queue (Edit…).</source>
        <translation>Le site qui expédie chaque canal de boutique, et la destination des champs de validation de commande personnalisés dans la commande entrepôt. Les SKU qui diffèrent entre la boutique et l&apos;entrepôt sont associés depuis la file SKU non concordants (Modifier…).</translation>
    </message>
    <message>
        <source>Default facility</source>
        <translation>Site par défaut</translation>
    </message>
    <message>
        <source>e.g. DAL-1</source>
        <translation>par ex. DAL-1</translation>
    </message>
    <message>
        <source>Facility by channel</source>
        <translation>Site par canal</translation>
    </message>
    <message>
        <source>Channel or location</source>
        <translation>Canal ou emplacement</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Custom checkout fields</source>
        <translation>Champs de validation de commande personnalisés</translation>
    </message>
    <message>
        <source>Storefront field</source>
        <translation>Champ de la boutique</translation>
    </message>
    <message>
        <source>Warehouse field</source>
        <translation>Champ de l&apos;entrepôt</translation>
    </message>
    <message>
        <source>Units held back from what the storefront may sell, so the last items are not sold twice.</source>
        <translation>Unités retenues sur ce que la boutique peut vendre, afin que les derniers articles ne soient pas vendus deux fois.</translation>
    </message>
    <message>
        <source>Every SKU</source>
        <translation>Tous les SKU</translation>
    </message>
    <message>
        <source> units</source>
        <translation> unités</translation>
    </message>
    <message>
        <source>Per SKU</source>
        <translation>Par SKU</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>How long a record may wait before it becomes an exception for a person.</source>
        <translation>Durée pendant laquelle un enregistrement peut attendre avant de devenir une anomalie à traiter par une personne.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Warehouse acknowledges a paid order within</source>
        <translation>L&apos;entrepôt confirme une commande payée sous</translation>
    </message>
    <message>
        <source>Storefront hears of a shipment within</source>
        <translation>La boutique est informée d&apos;une expédition sous</translation>
    </message>
    <message>
        <source>Payment may stay pending for</source>
        <translation>Le paiement peut rester en attente pendant</translation>
    </message>
    <message>
        <source>The team that owns each kind of exception.</source>
        <translation>L&apos;équipe responsable de chaque type d&apos;anomalie.</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Par défaut (%1)</translation>
    </message>
    <message>
        <source>The self-test needs a database and a configuration: start Lockstep with --config FILE or --demo.</source>
        <translation>L&apos;autotest nécessite une base de données et une configuration : démarrez Lockstep avec --config FILE ou --demo.</translation>
    </message>
    <message>
        <source>Connections, schedules, mappings, safety buffers, service levels and owner teams live in the configuration file. Use &quot;Open configuration…&quot; above to edit one.</source>
        <translation>Les connexions, la planification, les associations, les stocks de sécurité, les niveaux de service et les équipes responsables se trouvent dans le fichier de configuration. Utilisez « Ouvrir une configuration… » ci-dessus pour en modifier un.</translation>
    </message>
    <message>
        <source>New value entered: it goes to the keychain when you save</source>
        <translation>Nouvelle valeur saisie : elle ira dans le trousseau à l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Not stored</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Sandbox value, for the demo only</source>
        <translation>Valeur du bac à sable, pour la démo uniquement</translation>
    </message>
    <message>
        <source>Written in the file (accepted only for a sandbox on this computer)</source>
        <translation>Écrit dans le fichier (accepté uniquement pour un bac à sable sur cet ordinateur)</translation>
    </message>
    <message>
        <source>From the environment variable %1</source>
        <translation>Depuis la variable d&apos;environnement %1</translation>
    </message>
    <message>
        <source>Keychain entry %1 (no keychain here to check it)</source>
        <translation>Entrée du trousseau %1 (aucun trousseau ici pour la vérifier)</translation>
    </message>
    <message>
        <source>Keychain entry %1</source>
        <translation>Entrée du trousseau %1</translation>
    </message>
    <message>
        <source>Stored in the keychain (%1)</source>
        <translation>Enregistré dans le trousseau (%1)</translation>
    </message>
    <message>
        <source>Not stored: the keychain has no entry %1</source>
        <translation>Non enregistré : le trousseau n&apos;a pas d&apos;entrée %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n problem(s) to fix first.</source>
        <translation>
            <numerusform>Non enregistré : %n problème à corriger d&apos;abord.</numerusform>
            <numerusform>Non enregistré : %n problèmes à corriger d&apos;abord.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: there is no keychain on this computer to keep the secrets you typed.</source>
        <translation>Non enregistré : il n&apos;y a pas de trousseau sur cet ordinateur pour conserver les secrets saisis.</translation>
    </message>
    <message>
        <source>Not saved: the keychain did not take %1: %2</source>
        <translation>Non enregistré : le trousseau n&apos;a pas accepté %1 : %2</translation>
    </message>
    <message>
        <source>Not saved: %1 could not be written: %2</source>
        <translation>Non enregistré : %1 n&apos;a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>Saved %1 at %2. The engine uses it from its next start.</source>
        <translation>%1 enregistré à %2. Le moteur l&apos;utilise à partir de son prochain démarrage.</translation>
    </message>
    <message>
        <source>Keychain entry %1: checking…</source>
        <translation>Entrée du trousseau %1 : vérification…</translation>
    </message>
    <message>
        <source>Keychain entry %1: the keychain did not say whether it is stored: %2</source>
        <translation>Entrée du trousseau %1 : le trousseau n&apos;a pas dit si elle est enregistrée : %2</translation>
    </message>
    <message>
        <source>Saving: storing %1 in the keychain (%2 of %3)…</source>
        <translation>Enregistrement : stockage de %1 dans le trousseau (%2 sur %3)…</translation>
    </message>
    <message>
        <source>Editing %1. When this console&apos;s engine runs from this file, saving restarts the engine in place with the changes.</source>
        <translation>Modification de %1. Si le moteur de cette console fonctionne avec ce fichier, l&apos;enregistrement le redémarre aussitôt avec les modifications.</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::SkuMappingDialog</name>
    <message>
        <source>Map SKU %1</source>
        <translation>Associer le SKU %1</translation>
    </message>
    <message>
        <source>Map and retry</source>
        <translation>Associer et relancer</translation>
    </message>
    <message numerus="yes">
        <source>Storefront SKU %1 is in %n open exception(s). The mapping is kept and applies to all of them; they are sent to the warehouse again.</source>
        <translation>
            <numerusform>Le SKU boutique %1 figure dans %n anomalie ouverte. L&apos;association est conservée et s&apos;y applique ; elle est transmise à nouveau à l&apos;entrepôt.</numerusform>
            <numerusform>Le SKU boutique %1 figure dans %n anomalies ouvertes. L&apos;association est conservée et s&apos;applique à toutes ; elles sont transmises à nouveau à l&apos;entrepôt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the WMS item that storefront SKU %1 stands for. The mapping is kept for later orders.</source>
        <translation>Choisissez l&apos;article WMS auquel correspond le SKU boutique %1. L&apos;association est conservée pour les commandes suivantes.</translation>
    </message>
    <message>
        <source>Search the item master</source>
        <translation>Rechercher dans le référentiel articles</translation>
    </message>
    <message>
        <source>Search the WMS item master by SKU or name</source>
        <translation>Rechercher dans le référentiel articles du WMS par SKU ou par nom</translation>
    </message>
    <message>
        <source>WMS items</source>
        <translation>Articles WMS</translation>
    </message>
    <message>
        <source>WMS SKU</source>
        <translation>SKU WMS</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Send the orders to the warehouse again afterwards</source>
        <translation>Transmettre ensuite à nouveau les commandes à l&apos;entrepôt</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Associer</translation>
    </message>
    <message>
        <source>Cannot read the item master: %1</source>
        <translation>Impossible de lire le référentiel articles : %1</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>No WMS item matches “%1”.</source>
        <translation>Aucun article WMS ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>%1 → not mapped (not in the WMS item master)</source>
        <translation>%1 → non associé (absent du référentiel articles du WMS)</translation>
    </message>
    <message>
        <source>%1 → WMS item %2</source>
        <translation>%1 → article WMS %2</translation>
    </message>
    <message>
        <source>Choose a WMS item from the list.</source>
        <translation>Choisissez un article WMS dans la liste.</translation>
    </message>
    <message>
        <source>%1 × %2 %3</source>
        <translation>%1 × %2 %3</translation>
    </message>
    <message>
        <source>Map %1 to a WMS item</source>
        <translation>Associer %1 à un article du WMS</translation>
    </message>
    <message numerus="yes">
        <source>Send order %1 without its %2 line: the warehouse does not stock it (a gift card, a service). The customer keeps what they paid; the other %n line(s) are shipped.</source>
        <translation>
            <numerusform>Envoyer la commande %1 sans sa ligne %2 : l&apos;entrepôt ne la stocke pas (carte cadeau, service). Le client garde ce qu&apos;il a payé ; %n autre ligne est expédiée.</numerusform>
            <numerusform>Envoyer la commande %1 sans sa ligne %2 : l&apos;entrepôt ne la stocke pas (carte cadeau, service). Le client garde ce qu&apos;il a payé ; les %n autres lignes sont expédiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send without the line</source>
        <translation>Envoyer sans la ligne</translation>
    </message>
    <message>
        <source>Leave the line out</source>
        <translation>Retirer la ligne</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Lockstep keeps storefronts and the warehouse in lockstep and shows people the records that fell out of step.
With no options it opens the console window.</source>
        <translation>Lockstep synchronise les boutiques et l&apos;entrepôt et présente aux personnes concernées les enregistrements désynchronisés.
Sans option, il ouvre la fenêtre de la console.</translation>
    </message>
    <message>
        <source>Run without a window.</source>
        <translation>Exécuter sans fenêtre.</translation>
    </message>
    <message>
        <source>lockstep: cannot open the database: %1</source>
        <translation>lockstep : impossible d&apos;ouvrir la base de données : %1</translation>
    </message>
    <message>
        <source>lockstep: no display found (DISPLAY and WAYLAND_DISPLAY are unset), so the console window cannot open; running headless instead.</source>
        <translation>lockstep : aucun affichage trouvé (DISPLAY et WAYLAND_DISPLAY ne sont pas définis), la fenêtre de la console ne peut donc pas s&apos;ouvrir ; exécution sans fenêtre à la place.</translation>
    </message>
    <message>
        <source>lockstep: database %1 ready (schema %2).</source>
        <translation>lockstep : base de données %1 prête (schéma %2).</translation>
    </message>
    <message>
        <source>Run the engine with the configuration FILE (JSON; see the engine&apos;s README).</source>
        <translation>Exécuter le moteur avec le fichier de configuration FILE (JSON ; voir le README du moteur).</translation>
    </message>
    <message>
        <source>Run every job once, then exit (headless).</source>
        <translation>Exécuter chaque tâche une fois, puis quitter (sans fenêtre).</translation>
    </message>
    <message>
        <source>Run against the built-in sandbox, with its own demo database.</source>
        <translation>Exécuter sur le bac à sable intégré, avec sa propre base de démonstration.</translation>
    </message>
    <message>
        <source>Sandbox scenario NAME or FILE for --demo (default: demo).</source>
        <translation>Scénario du bac à sable NAME ou FILE pour --demo (par défaut : demo).</translation>
    </message>
    <message>
        <source>lockstep: the sandbox did not start: %1</source>
        <translation>lockstep : le bac à sable n&apos;a pas démarré : %1</translation>
    </message>
    <message>
        <source>lockstep: configuration %1: %2</source>
        <translation>lockstep : configuration %1 : %2</translation>
    </message>
    <message>
        <source>lockstep: a secret could not be read: %1</source>
        <translation>lockstep : un secret n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>lockstep: nothing to run: give --config FILE, or --demo to try the sandbox.</source>
        <translation>lockstep : rien à exécuter : indiquez --config FILE, ou --demo pour essayer le bac à sable.</translation>
    </message>
    <message>
        <source>the engine could not start: %1</source>
        <translation>le moteur n&apos;a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>engine started</source>
        <translation>moteur démarré</translation>
    </message>
    <message>
        <source>cycle done: %1 orders read, %2 sent to the warehouse (%3 found already there), %4 cancellations, %5 shipments seen, %6 customers told shipped, %7 stock levels pushed, %8 exceptions raised, %9 resolved</source>
        <translation>cycle terminé : %1 commandes lues, %2 transmises à l&apos;entrepôt (%3 déjà présentes), %4 annulations, %5 expéditions constatées, %6 clients informés de l&apos;expédition, %7 niveaux de stock envoyés, %8 anomalies levées, %9 résolues</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) met and kept for a retry or a person (see the log)</source>
        <translation>
            <numerusform>%n problème rencontré et conservé pour une nouvelle tentative ou une intervention (voir le journal)</numerusform>
            <numerusform>%n problèmes rencontrés et conservés pour une nouvelle tentative ou une intervention (voir le journal)</numerusform>
        </translation>
    </message>
    <message>
        <source>lockstep: no log file: %1</source>
        <translation>lockstep : pas de fichier journal : %1</translation>
    </message>
    <message>
        <source>Work as ROLE (supervisor, customer_service or finance) and remember it; skips the first-run question.</source>
        <translation>Travailler avec le rôle ROLE (supervisor, customer_service ou finance) et le mémoriser ; évite la question du premier lancement.</translation>
    </message>
    <message>
        <source>Check the database, the configuration, the keychain and every configured system, print one line per check, and exit (non-zero when a check failed).</source>
        <translation>Vérifier la base de données, la configuration, le trousseau et chaque système configuré, afficher une ligne par vérification, puis quitter (code de sortie non nul si une vérification a échoué).</translation>
    </message>
    <message>
        <source>lockstep: unknown role %1 (supervisor, customer_service or finance)</source>
        <translation>lockstep : rôle %1 inconnu (supervisor, customer_service ou finance)</translation>
    </message>
    <message>
        <source>lockstep: self-test passed.</source>
        <translation>lockstep : autotest réussi.</translation>
    </message>
    <message numerus="yes">
        <source>lockstep: self-test failed: %n check(s) failed.</source>
        <translation>
            <numerusform>lockstep : échec de l&apos;autotest : %n vérification a échoué.</numerusform>
            <numerusform>lockstep : échec de l&apos;autotest : %n vérifications ont échoué.</numerusform>
        </translation>
    </message>
    <message>
        <source>the engine stopped: %1</source>
        <translation>le moteur s&apos;est arrêté : %1</translation>
    </message>
    <message>
        <source>lockstep: a demo is already running on this computer, and a new one would erase its database. Use that window, or start another demo with its own database: --demo --db FILE</source>
        <translation>lockstep : une démo tourne déjà sur cet ordinateur, et une nouvelle effacerait sa base de données. Utilisez cette fenêtre, ou lancez une autre démo avec sa propre base : --demo --db FICHIER</translation>
    </message>
    <message>
        <source>%1; this engine does not start.</source>
        <translation>%1 ; ce moteur ne démarre pas.</translation>
    </message>
    <message>
        <source>job %1 finished at %2 (run %3, %4 ms, started %5 ms after it was due)</source>
        <translation>tâche %1 terminée à %2 (exécution %3, %4 ms, démarrée %5 ms après l&apos;échéance)</translation>
    </message>
    <message numerus="yes">
        <source>%n store return(s) sent to the warehouse as customer returns</source>
        <translation>
            <numerusform>%n retour en magasin envoyé à l’entrepôt comme retour client</numerusform>
            <numerusform>%n retours en magasin envoyés à l’entrepôt comme retours clients</numerusform>
        </translation>
    </message>
    <message>
        <source>Use the database FILE, or a team&apos;s PostgreSQL database at URL (postgresql://USER@HOST/DB) (default: %1).</source>
        <translation>Utiliser la base FICHIER, ou la base PostgreSQL d&apos;une équipe à l&apos;URL (postgresql://UTILISATEUR@HÔTE/BASE) (par défaut : %1).</translation>
    </message>
    <message>
        <source>With --headless: while another engine holds the database, wait and take over when it is free, instead of exiting.</source>
        <translation>Avec --headless : tant qu&apos;un autre moteur tient la base de données, attendre et prendre le relais dès qu&apos;elle est libre, au lieu de quitter.</translation>
    </message>
    <message>
        <source>%1; this engine stands by to take over.</source>
        <translation>%1 ; ce moteur se tient prêt à prendre le relais.</translation>
    </message>
</context>
<context>
    <name>sandbox</name>
    <message>
        <source>Runs simulated WooCommerce, commercetools, Deposco WMS and POS servers on 127.0.0.1.
The first line on stdout is a JSON object with every system&apos;s endpoints and credentials.</source>
        <translation>Lance des serveurs WooCommerce, commercetools, Deposco WMS et POS simulés sur 127.0.0.1.
La première ligne sur stdout est un objet JSON avec les points d&apos;accès et les identifiants de chaque système.</translation>
    </message>
    <message>
        <source>The sandbox command.</source>
        <translation>La commande sandbox.</translation>
    </message>
    <message>
        <source>Scenario FILE, or NAME of a shipped one (%1).</source>
        <translation>Fichier de scénario FILE, ou NAME d&apos;un scénario fourni (%1).</translation>
    </message>
    <message>
        <source>Also write a Lockstep configuration pointing every connector here.</source>
        <translation>Écrire aussi une configuration Lockstep qui dirige chaque connecteur ici.</translation>
    </message>
    <message>
        <source>Simulated seconds per real second (default: the scenario&apos;s).</source>
        <translation>Secondes simulées par seconde réelle (par défaut : celle du scénario).</translation>
    </message>
    <message>
        <source>Stop after SECONDS of real time (default: run until stopped).</source>
        <translation>S&apos;arrêter après SECONDS secondes de temps réel (par défaut : jusqu&apos;à l&apos;arrêt).</translation>
    </message>
    <message>
        <source>lockstep sandbox: --scenario FILE|NAME is required.</source>
        <translation>lockstep sandbox : --scenario FILE|NAME est obligatoire.</translation>
    </message>
    <message>
        <source>lockstep sandbox: %1</source>
        <translation>lockstep sandbox : %1</translation>
    </message>
    <message>
        <source>lockstep sandbox: --speed needs a number of 0 or more.</source>
        <translation>lockstep sandbox : --speed attend un nombre supérieur ou égal à 0.</translation>
    </message>
    <message>
        <source>lockstep sandbox: cannot write %1: %2</source>
        <translation>lockstep sandbox : impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>lockstep sandbox: scenario &quot;%1&quot; running at %2x; ledger at %3. Stop with Ctrl+C.</source>
        <translation>lockstep sandbox : scénario « %1 » en cours à %2x ; registre dans %3. Arrêt avec Ctrl+C.</translation>
    </message>
    <message>
        <source>lockstep sandbox: stopped; %1 orders placed, %2 sales orders received by the WMS.</source>
        <translation>lockstep sandbox : arrêté ; %1 commandes passées, %2 commandes clients reçues par le WMS.</translation>
    </message>
</context>
<context>
    <name>secret</name>
    <message>
        <source>Keeps a connector&apos;s secret in the operating system&apos;s keychain. `set` reads the secret from standard input; the configuration then names the entry as {&quot;keychain&quot;: &quot;ENTRY&quot;}.</source>
        <translation>Conserve le secret d&apos;un connecteur dans le trousseau du système d&apos;exploitation. `set` lit le secret sur l&apos;entrée standard ; la configuration désigne ensuite l&apos;entrée par {&quot;keychain&quot;: &quot;ENTRY&quot;}.</translation>
    </message>
    <message>
        <source>The secret command.</source>
        <translation>La commande secret.</translation>
    </message>
    <message>
        <source>set, delete or check.</source>
        <translation>set, delete ou check.</translation>
    </message>
    <message>
        <source>The keychain entry, e.g. lockstep/woocommerce/secret.</source>
        <translation>L&apos;entrée du trousseau, par ex. lockstep/woocommerce/secret.</translation>
    </message>
    <message>
        <source>usage: lockstep secret set|delete|check ENTRY</source>
        <translation>usage : lockstep secret set|delete|check ENTRY</translation>
    </message>
    <message>
        <source>no secret on standard input; nothing stored</source>
        <translation>aucun secret sur l&apos;entrée standard ; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>stored %1 in the keychain</source>
        <translation>%1 enregistré dans le trousseau</translation>
    </message>
    <message>
        <source>removed %1 from the keychain</source>
        <translation>%1 supprimé du trousseau</translation>
    </message>
    <message>
        <source>%1 is in the keychain and can be read</source>
        <translation>%1 est dans le trousseau et peut être lu</translation>
    </message>
</context>
</TS>
