<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>BothSystemsState</name>
    <message>
        <source>payment pending</source>
        <translation>pago pendiente</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>pagado</translation>
    </message>
    <message>
        <source>payment failed</source>
        <translation>pago fallido</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>reembolsado</translation>
    </message>
    <message>
        <source>partly refunded</source>
        <translation>reembolsado en parte</translation>
    </message>
    <message>
        <source>Warehouse: cannot read what is waiting to be sent: %1</source>
        <translation>Almacén: no se puede leer lo que está pendiente de envío: %1</translation>
    </message>
    <message>
        <source>Warehouse: no cancellation is waiting to be sent.</source>
        <translation>Almacén: no hay ninguna cancelación pendiente de envío.</translation>
    </message>
    <message>
        <source>Warehouse: not created; the order is held in Lockstep and was never sent.</source>
        <translation>Almacén: no creado; el pedido está retenido en Lockstep y nunca se envió.</translation>
    </message>
    <message numerus="yes">
        <source>Warehouse: not created yet; waiting to be sent (%n attempt(s) so far).</source>
        <translation>
            <numerusform>Almacén: aún no creado; pendiente de envío (%n intento hasta ahora).</numerusform>
            <numerusform>Almacén: aún no creado; pendiente de envío (%n intentos hasta ahora).</numerusform>
        </translation>
    </message>
    <message>
        <source>Warehouse: not created yet; the last attempt failed (%1), next try %2.</source>
        <translation>Almacén: aún no creado; el último intento falló (%1), próximo intento %2.</translation>
    </message>
    <message>
        <source>Warehouse: refused it: %1</source>
        <translation>Almacén: lo rechazó: %1</translation>
    </message>
    <message>
        <source>Warehouse: sent, not yet seen there; a retry asks the warehouse before sending anything.</source>
        <translation>Almacén: enviado, aún no visible allí; un reintento pregunta al almacén antes de enviar nada.</translation>
    </message>
    <message>
        <source>Storefront: cannot read the order: %1</source>
        <translation>Tienda: no se puede leer el pedido: %1</translation>
    </message>
    <message>
        <source>Storefront: order %1 is not in Lockstep.</source>
        <translation>Tienda: el pedido %1 no está en Lockstep.</translation>
    </message>
    <message>
        <source>Storefront: order %1 is cancelled (%2).</source>
        <translation>Tienda: el pedido %1 está cancelado (%2).</translation>
    </message>
    <message>
        <source>Storefront: order %1 is %2, %3.</source>
        <translation>Tienda: el pedido %1 está %2, %3.</translation>
    </message>
    <message>
        <source>Warehouse: cannot read: %1</source>
        <translation>Almacén: no se puede leer: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message numerus="yes">
        <source>Warehouse: already created as %1 (%2), %n unit(s) shipped.</source>
        <translation>
            <numerusform>Almacén: ya creado como %1 (%2), %n unidad enviada.</numerusform>
            <numerusform>Almacén: ya creado como %1 (%2), %n unidades enviadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warehouse: already created as %1 (%2), %n unit(s) back-ordered.</source>
        <translation>
            <numerusform>Almacén: ya creado como %1 (%2), %n unidad pendiente de stock.</numerusform>
            <numerusform>Almacén: ya creado como %1 (%2), %n unidades pendientes de stock.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warehouse: already created as %1 (%2); a retry sends nothing twice.</source>
        <translation>Almacén: ya creado como %1 (%2); un reintento no envía nada dos veces.</translation>
    </message>
    <message>
        <source>Not about one order: there is nothing at the storefront or the warehouse to compare.</source>
        <translation>No se refiere a un solo pedido: no hay nada en la tienda ni en el almacén que comparar.</translation>
    </message>
    <message>
        <source>Warehouse: being sent right now (%1).</source>
        <translation>Almacén: se está enviando ahora mismo (%1).</translation>
    </message>
    <message>
        <source>by the engine</source>
        <translation>por el motor</translation>
    </message>
</context>
<context>
    <name>Lockstep</name>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>reconocida</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resuelta</translation>
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
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>Storefront: could not be read (%1).</source>
        <translation>Tienda: no se pudo leer (%1).</translation>
    </message>
    <message>
        <source>Storefront: cancelled.</source>
        <translation>Tienda: cancelado.</translation>
    </message>
    <message>
        <source>Storefront: %1, %2, told it shipped (%3).</source>
        <translation>Tienda: %1, %2, envío notificado (%3).</translation>
    </message>
    <message>
        <source>Storefront: %1, %2.</source>
        <translation>Tienda: %1, %2.</translation>
    </message>
    <message>
        <source>Warehouse: could not be read (%1).</source>
        <translation>Almacén: no se pudo leer (%1).</translation>
    </message>
    <message>
        <source>Warehouse: no sales order for it.</source>
        <translation>Almacén: no hay pedido de venta.</translation>
    </message>
    <message>
        <source>Warehouse: %1 %2 at %3.</source>
        <translation>Almacén: %1 %2 en %3.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation>La base de datos rechazó el cambio: %1</translation>
    </message>
    <message>
        <source>Exception %1 is not about one order.</source>
        <translation>La incidencia %1 no se refiere a un solo pedido.</translation>
    </message>
    <message>
        <source>The order of exception %1 is not in Lockstep.</source>
        <translation>El pedido de la incidencia %1 no está en Lockstep.</translation>
    </message>
    <message>
        <source>%1 is not in the WMS item master.</source>
        <translation>%1 no está en el maestro de artículos del WMS.</translation>
    </message>
    <message>
        <source>The exceptions matching the filter could not be read: %1</source>
        <translation>No se pudieron leer las incidencias del filtro: %1</translation>
    </message>
    <message>
        <source>An acknowledgement needs a note saying what was done.</source>
        <translation>Para reconocer hace falta una nota que diga qué se hizo.</translation>
    </message>
    <message>
        <source>Exception %1 does not exist.</source>
        <translation>La incidencia %1 no existe.</translation>
    </message>
    <message>
        <source>Exception %1 is claimed by %2; ask them, or have it assigned to you.</source>
        <translation>La incidencia %1 la tiene %2; pregúntele o pida que se la asignen.</translation>
    </message>
    <message>
        <source>Reading both systems needs the running engine; the console asks it.</source>
        <translation>Leer ambos sistemas requiere el motor en marcha; la consola se lo pide.</translation>
    </message>
    <message>
        <source>Exception %1 is already %2.</source>
        <translation>La incidencia %1 ya está %2.</translation>
    </message>
    <message>
        <source>Exception %1 was already assigned so.</source>
        <translation>La incidencia %1 ya estaba asignada así.</translation>
    </message>
    <message>
        <source>Exception %1 is already claimed by you.</source>
        <translation>Usted ya tiene la incidencia %1.</translation>
    </message>
    <message>
        <source>Exception %1 is already claimed by %2.</source>
        <translation>La incidencia %1 ya la tiene %2.</translation>
    </message>
    <message>
        <source>Exception %1 is not claimed.</source>
        <translation>Nadie tiene la incidencia %1.</translation>
    </message>
    <message>
        <source>Exception %1 is claimed by %2; only they can release it.</source>
        <translation>La incidencia %1 la tiene %2; solo esa persona puede soltarla.</translation>
    </message>
    <message>
        <source>Exception %1 is already open.</source>
        <translation>La incidencia %1 ya está abierta.</translation>
    </message>
    <message>
        <source>Exception %1 is now %2 (version %3).</source>
        <translation>La incidencia %1 está ahora %2 (versión %3).</translation>
    </message>
    <message>
        <source>A comment needs some text.</source>
        <translation>Un comentario necesita texto.</translation>
    </message>
    <message>
        <source>Comment added to exception %1.</source>
        <translation>Comentario añadido a la incidencia %1.</translation>
    </message>
    <message>
        <source>Only an order cancelled past its cutoff can be intercepted at the warehouse.</source>
        <translation>Solo un pedido cancelado después de su hora de corte puede interceptarse en el almacén.</translation>
    </message>
    <message>
        <source>Say how and whom you asked (a call to the shift lead, a mail to the floor).</source>
        <translation>Diga cómo y a quién lo pidió (una llamada al jefe de turno, un correo a la nave).</translation>
    </message>
    <message>
        <source>%1 asked %2 to pull the order (%3). Wait for the warehouse: this resolves itself when it cancels the order; if the carrier collects it, arrange a return and refund with the customer.</source>
        <translation>%1 pidió a %2 retirar el pedido (%3). Espere al almacén: esto se resuelve solo cuando cancele el pedido; si el transportista lo recoge, acuerde una devolución y el reembolso con el cliente.</translation>
    </message>
    <message>
        <source>the warehouse</source>
        <translation>el almacén</translation>
    </message>
    <message>
        <source>Order %1: the request to pull it is kept; the exception waits for the warehouse.</source>
        <translation>Pedido %1: la petición de retirarlo queda registrada; la incidencia espera al almacén.</translation>
    </message>
    <message>
        <source>%1 by %2 at %3</source>
        <translation>%1 por %2 a las %3</translation>
    </message>
    <message>
        <source>a change with no audit record</source>
        <translation>un cambio sin registro de auditoría</translation>
    </message>
    <message>
        <source>Exception %1 changed since you read it (version %2, now %3): %4. Read it again before acting.</source>
        <translation>La incidencia %1 cambió desde que la leyó (versión %2, ahora %3): %4. Vuelva a leerla antes de actuar.</translation>
    </message>
    <message>
        <source>Exception %1 is %2; reopen it before a retry.</source>
        <translation>La incidencia %1 está %2; reábrala antes de reintentar.</translation>
    </message>
    <message>
        <source>A retry of exception %1 (%2) has nothing to send again; edit or acknowledge it.</source>
        <translation>Reintentar la incidencia %1 (%2) no tiene nada que volver a enviar; edítela o reconózcala.</translation>
    </message>
    <message>
        <source>Order %1 is cancelled in the storefront: nothing to send to the warehouse.</source>
        <translation>El pedido %1 está cancelado en la tienda: nada que enviar al almacén.</translation>
    </message>
    <message>
        <source>Order %1 is not paid; it goes to the warehouse once payment is confirmed.</source>
        <translation>El pedido %1 no está pagado; irá al almacén cuando se confirme el pago.</translation>
    </message>
    <message>
        <source>Already at the warehouse as %1 (%2 at %3): linked to it, nothing sent.</source>
        <translation>Ya está en el almacén como %1 (%2 en %3): vinculado, no se envió nada.</translation>
    </message>
    <message>
        <source>No cancellation of order %1 is waiting to be sent.</source>
        <translation>Ninguna cancelación del pedido %1 espera a enviarse.</translation>
    </message>
    <message>
        <source>Order %1 must be decided again (mappings, facility), which needs the engine&apos;s configuration: give --config.</source>
        <translation>El pedido %1 debe decidirse de nuevo (asignaciones, centro), lo que requiere la configuración del motor: indique --config.</translation>
    </message>
    <message>
        <source>the order was not queued</source>
        <translation>el pedido no se puso en cola</translation>
    </message>
    <message>
        <source>due now under %1</source>
        <translation>pendiente ahora con %1</translation>
    </message>
    <message>
        <source>still held: %1</source>
        <translation>sigue retenido: %1</translation>
    </message>
    <message>
        <source>Order %1 is still held: %2</source>
        <translation>El pedido %1 sigue retenido: %2</translation>
    </message>
    <message>
        <source>Till return %1 is due now (attempt %2, same idempotency key); the warehouse is asked whether it already has it before anything is sent.</source>
        <translation>La devolución de caja %1 está pendiente ahora (intento %2, misma clave de idempotencia); se pregunta al almacén si ya la tiene antes de enviar nada.</translation>
    </message>
    <message>
        <source>Order %1 is due now (attempt %2, same idempotency key); the warehouse is asked whether it already has it before anything is sent.</source>
        <translation>El pedido %1 está pendiente ahora (intento %2, misma clave de idempotencia); se pregunta al almacén si ya lo tiene antes de enviar nada.</translation>
    </message>
    <message>
        <source>Exception %1 or its outbox entry is gone.</source>
        <translation>La incidencia %1 o su entrada de salida ya no existe.</translation>
    </message>
    <message>
        <source>Not sent yet: %1. It is tried again automatically after a pause.</source>
        <translation>Aún no enviado: %1. Se reintenta automáticamente tras una pausa.</translation>
    </message>
    <message>
        <source>The warehouse refused it again: %1</source>
        <translation>El almacén lo rechazó otra vez: %1</translation>
    </message>
    <message>
        <source>Due now; the engine sends it on its next run.</source>
        <translation>Pendiente ahora; el motor lo envía en su próxima pasada.</translation>
    </message>
    <message>
        <source>The storefront was told it shipped.</source>
        <translation>Se informó a la tienda del envío.</translation>
    </message>
    <message>
        <source>The warehouse already had the customer return: nothing was sent twice.</source>
        <translation>El almacén ya tenía la devolución del cliente: no se envió nada dos veces.</translation>
    </message>
    <message>
        <source>The warehouse has the customer return.</source>
        <translation>El almacén tiene la devolución del cliente.</translation>
    </message>
    <message>
        <source>Already at the warehouse as %1 (%2 at %3): nothing was sent twice.</source>
        <translation>Ya está en el almacén como %1 (%2 en %3): no se envió nada dos veces.</translation>
    </message>
    <message>
        <source>At the warehouse as %1 (%2 at %3).</source>
        <translation>En el almacén como %1 (%2 en %3).</translation>
    </message>
    <message>
        <source>Still %1 short; the warehouse allocates again when stock arrives.</source>
        <translation>Aún faltan %1; el almacén vuelve a asignar cuando llegue stock.</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unidad</numerusform>
            <numerusform>%n unidades</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing left to cancel at the warehouse.</source>
        <translation>No queda nada que cancelar en el almacén.</translation>
    </message>
    <message>
        <source>Sent to the warehouse.</source>
        <translation>Enviado al almacén.</translation>
    </message>
    <message>
        <source>Exception %1 names no storefront SKU.</source>
        <translation>La incidencia %1 no nombra ningún SKU de tienda.</translation>
    </message>
    <message>
        <source>stock of %1 to be pushed again</source>
        <translation>stock de %1 por enviar de nuevo</translation>
    </message>
    <message>
        <source>The warehouse figure for %1 goes to %2 again (attempt %3).</source>
        <translation>La cifra del almacén para %1 se envía de nuevo a %2 (intento %3).</translation>
    </message>
    <message>
        <source>Exception %1 names no shipment.</source>
        <translation>La incidencia %1 no nombra ningún envío.</translation>
    </message>
    <message>
        <source>The storefront already shows shipment %1 as shipped: nothing was sent twice.</source>
        <translation>La tienda ya muestra el envío %1 como enviado: no se envió nada dos veces.</translation>
    </message>
    <message>
        <source>Shipment %1 is not in Lockstep.</source>
        <translation>El envío %1 no está en Lockstep.</translation>
    </message>
    <message>
        <source>Shipment %1 has not been collected by the carrier: the storefront hears &quot;shipped&quot; only then.</source>
        <translation>El transportista no ha recogido el envío %1: la tienda solo recibe «enviado» entonces.</translation>
    </message>
    <message>
        <source>The &quot;shipped&quot; message for shipment %1 is due now (attempt %2, same idempotency key).</source>
        <translation>El mensaje «enviado» del envío %1 está pendiente ahora (intento %2, misma clave de idempotencia).</translation>
    </message>
    <message>
        <source>Order %1 is not at the warehouse: there are no totals to compare.</source>
        <translation>El pedido %1 no está en el almacén: no hay totales que comparar.</translation>
    </message>
    <message>
        <source>Read again: the storefront&apos;s %1 and the warehouse&apos;s %2 agree now.</source>
        <translation>Leído de nuevo: %1 en la tienda y %2 en el almacén coinciden ahora.</translation>
    </message>
    <message>
        <source>read again: still different</source>
        <translation>leído de nuevo: sigue distinto</translation>
    </message>
    <message>
        <source>Read again, still different: %1</source>
        <translation>Leído de nuevo, sigue distinto: %1</translation>
    </message>
    <message>
        <source>Not pushed: %1. The next stock job pushes it.</source>
        <translation>No enviado: %1. La próxima tarea de stock lo envía.</translation>
    </message>
    <message>
        <source>%1 now shows %2 for %3, the warehouse figure.</source>
        <translation>%1 muestra ahora %2 para %3, la cifra del almacén.</translation>
    </message>
    <message>
        <source>Exception %1 is %2; reopen it before an edit.</source>
        <translation>La incidencia %1 está %2; reábrala antes de editarla.</translation>
    </message>
    <message>
        <source>A SKU mapping needs the storefront SKU, the WMS item and an exception about an order.</source>
        <translation>Una asignación de SKU necesita el SKU de la tienda, el artículo del WMS y una incidencia sobre un pedido.</translation>
    </message>
    <message>
        <source>%1 mapped to %2</source>
        <translation>%1 asignado a %2</translation>
    </message>
    <message>
        <source>%1 now maps to WMS item %2.</source>
        <translation>%1 se asigna ahora al artículo WMS %2.</translation>
    </message>
    <message>
        <source>Exception %1 has the same SKU but is claimed by %2; left to them.</source>
        <translation>La incidencia %1 tiene el mismo SKU pero la tiene %2; se le deja.</translation>
    </message>
    <message>
        <source>Order %1 is already at the warehouse; change it there (or cancel it and send it again).</source>
        <translation>El pedido %1 ya está en el almacén; cámbielo allí (o cancélelo y envíelo de nuevo).</translation>
    </message>
    <message>
        <source>Choose a facility.</source>
        <translation>Elija un centro.</translation>
    </message>
    <message>
        <source>Order %1 has no warehouse order waiting to be sent, so there is no line to adjust.</source>
        <translation>El pedido %1 no tiene pedido de almacén pendiente de envío, así que no hay línea que ajustar.</translation>
    </message>
    <message>
        <source>Order %1 goes to facility %2.</source>
        <translation>El pedido %1 va al centro %2.</translation>
    </message>
    <message>
        <source>Order %1 has no line %2 to adjust.</source>
        <translation>El pedido %1 no tiene línea %2 que ajustar.</translation>
    </message>
    <message>
        <source>Line %1 of order %2 is now %3 × %4.</source>
        <translation>La línea %1 del pedido %2 es ahora %3 × %4.</translation>
    </message>
    <message>
        <source>Only an order held by a SKU mismatch can be sent without a line.</source>
        <translation>Solo un pedido retenido por una discrepancia de SKU puede enviarse sin una línea.</translation>
    </message>
    <message>
        <source>Order %1 is already on its way to the warehouse; change it there.</source>
        <translation>El pedido %1 ya va camino del almacén; cámbielo allí.</translation>
    </message>
    <message>
        <source>Order %1 has no line with SKU %2.</source>
        <translation>El pedido %1 no tiene línea con el SKU %2.</translation>
    </message>
    <message>
        <source>Order %1 has no other line: without SKU %2 nothing would go to the warehouse. Cancel or refund it in the storefront instead.</source>
        <translation>El pedido %1 no tiene otra línea: sin el SKU %2 no iría nada al almacén. Cancélelo o reembólselo en la tienda.</translation>
    </message>
    <message>
        <source>Order %1 goes to the warehouse without its line of SKU %2.</source>
        <translation>El pedido %1 va al almacén sin su línea del SKU %2.</translation>
    </message>
    <message>
        <source>A field mapping needs the checkout field and the WMS field.</source>
        <translation>Una asignación de campo necesita el campo del checkout y el campo del WMS.</translation>
    </message>
    <message>
        <source>Checkout field %1 now maps to WMS field %2 for every later order.</source>
        <translation>El campo del checkout %1 se asigna ahora al campo WMS %2 en cada pedido posterior.</translation>
    </message>
    <message>
        <source>Order %1 reached the warehouse without it.</source>
        <translation>El pedido %1 llegó al almacén sin él.</translation>
    </message>
    <message>
        <source> (not recorded: %1)</source>
        <translation> (no registrado: %1)</translation>
    </message>
    <message>
        <source>Exception %1 is not about one order: there is no order to read.</source>
        <translation>La incidencia %1 no se refiere a un solo pedido: no hay pedido que leer.</translation>
    </message>
    <message>
        <source>Order %1 cannot go to the warehouse: %2.</source>
        <translation>El pedido %1 no puede ir al almacén: %2.</translation>
    </message>
    <message>
        <source>Correct the order in the storefront (quantities above zero, no negative amounts); it is taken in again and sent once it changes.</source>
        <translation>Corrija el pedido en la tienda (cantidades mayores que cero, sin importes negativos); se vuelve a tomar y se envía en cuanto cambie.</translation>
    </message>
    <message>
        <source>Order %1 came from channel &quot;%2&quot;, which is mapped to no facility, so a person routes its orders.</source>
        <translation>El pedido %1 llegó por el canal «%2», que no está asignado a ningún centro, así que una persona enruta sus pedidos.</translation>
    </message>
    <message>
        <source>Order %1 came from channel &quot;%2&quot;, which maps to no facility, and no default facility is set.</source>
        <translation>El pedido %1 llegó por el canal «%2», que no corresponde a ningún centro, y no hay centro por defecto.</translation>
    </message>
    <message>
        <source>Map the channel to a facility in Settings, or choose a facility for this order, then retry.</source>
        <translation>Asigne el canal a un centro en Ajustes, o elija un centro para este pedido, y reintente.</translation>
    </message>
    <message>
        <source>Order %1 cannot go to the warehouse: SKU %2 is not in the WMS item master.</source>
        <translation>El pedido %1 no puede ir al almacén: el SKU %2 no está en el maestro de artículos del WMS.</translation>
    </message>
    <message>
        <source>Map the storefront SKU to a WMS item (Edit), or add the item to the WMS item master, then retry.</source>
        <translation>Asigne el SKU de la tienda a un artículo del WMS (Editar), o añada el artículo al maestro del WMS, y reintente.</translation>
    </message>
    <message>
        <source>Order %1 has checkout fields with no WMS mapping: %2. The warehouse will not see them.</source>
        <translation>El pedido %1 tiene campos del checkout sin asignación en el WMS: %2. El almacén no los verá.</translation>
    </message>
    <message>
        <source>Map the field to a WMS field in Settings; orders already sent keep their values in Lockstep.</source>
        <translation>Asigne el campo a un campo del WMS en Ajustes; los pedidos ya enviados conservan sus valores en Lockstep.</translation>
    </message>
    <message>
        <source>Till return %1 was taken back at store %2, which maps to no facility, so the warehouse cannot be told the goods are coming back.</source>
        <translation>La devolución de caja %1 se recogió en la tienda %2, que no corresponde a ningún centro, así que no se puede avisar al almacén de que la mercancía vuelve.</translation>
    </message>
    <message>
        <source>Map the store to a facility in Settings, or choose a facility for this return, then retry.</source>
        <translation>Asigne la tienda a un centro en Ajustes, o elija un centro para esta devolución, y reintente.</translation>
    </message>
    <message>
        <source>Till return %1 at store %2 cannot go to the warehouse: SKU %3 is not in the WMS item master.</source>
        <translation>La devolución de caja %1 en la tienda %2 no puede ir al almacén: el SKU %3 no está en el maestro de artículos del WMS.</translation>
    </message>
    <message>
        <source>Map the till SKU to a WMS item (Edit), or add the item to the WMS item master, then retry.</source>
        <translation>Asigne el SKU de caja a un artículo del WMS (Editar), o añada el artículo al maestro del WMS, y reintente.</translation>
    </message>
    <message>
        <source>The warehouse refused order %1: %2</source>
        <translation>El almacén rechazó el pedido %1: %2</translation>
    </message>
    <message>
        <source>Correct the order or the mapping the warehouse refused, then retry.</source>
        <translation>Corrija el pedido o la asignación que rechazó el almacén, y reintente.</translation>
    </message>
    <message>
        <source>Order %1 was cancelled in the storefront, but the carrier collected it from %2 although the warehouse was asked to pull it.</source>
        <translation>El pedido %1 se canceló en la tienda, pero el transportista lo recogió en %2 aunque se pidió al almacén retirarlo.</translation>
    </message>
    <message>
        <source>Order %1 was cancelled in the storefront, but the carrier collected it from %2.</source>
        <translation>El pedido %1 se canceló en la tienda, pero el transportista lo recogió en %2.</translation>
    </message>
    <message>
        <source>Tell the customer the parcel is on its way, and arrange its return and the refund; acknowledge once done.</source>
        <translation>Diga al cliente que el paquete va en camino y acuerde su devolución y el reembolso; reconozca cuando esté hecho.</translation>
    </message>
    <message>
        <source>Order %1 was cancelled in the storefront, but the warehouse could only cancel its back-ordered units: it was %2 at %3. The rest will ship.</source>
        <translation>El pedido %1 se canceló en la tienda, pero el almacén solo pudo cancelar sus unidades pendientes: estaba %2 en %3. El resto se enviará.</translation>
    </message>
    <message>
        <source>Order %1 was cancelled in the storefront, but the warehouse had already locked it (%2 at %3). It will ship unless stopped.</source>
        <translation>El pedido %1 se canceló en la tienda, pero el almacén ya lo había bloqueado (%2 en %3). Se enviará si nadie lo detiene.</translation>
    </message>
    <message>
        <source>Ask the warehouse to pull the order before the carrier collects it, or arrange a return and refund with the customer.</source>
        <translation>Pida al almacén retirar el pedido antes de que lo recoja el transportista, o acuerde una devolución y el reembolso con el cliente.</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 allocated)</source>
        <translation>%1 (%2 de %3 asignadas)</translation>
    </message>
    <message>
        <source>Order %1 is %2 at %3: stock could not be allocated for %4.</source>
        <translation>El pedido %1 está %2 en %3: no se pudo asignar stock para %4.</translation>
    </message>
    <message>
        <source>%1 of %2 units</source>
        <translation>%1 de %2 unidades</translation>
    </message>
    <message>
        <source>Move stock from another facility or wait for the inbound delivery, then retry the allocation.</source>
        <translation>Traslade stock desde otro centro o espere la entrega entrante, y reintente la asignación.</translation>
    </message>
    <message>
        <source>, less %1 sold there since, so %2 expected</source>
        <translation>, menos %1 vendidas allí desde entonces, así que se esperaban %2</translation>
    </message>
    <message>
        <source>%1 shows %2 of %3, but Lockstep last pushed %4 (%5 ago)%6: %7 %8.</source>
        <translation>%1 muestra %2 de %3, pero Lockstep envió por última vez %4 (hace %5)%6: %7 %8.</translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1 unidades</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>un tiempo desconocido</translation>
    </message>
    <message>
        <source>more, so the storefront may oversell</source>
        <translation>de más, así que la tienda puede sobrevender</translation>
    </message>
    <message>
        <source>fewer, so sales may be lost</source>
        <translation>de menos, así que pueden perderse ventas</translation>
    </message>
    <message>
        <source>Find who changed the stock in the storefront; the next stock push restores the warehouse figure.</source>
        <translation>Averigüe quién cambió el stock en la tienda; el próximo envío de stock restaura la cifra del almacén.</translation>
    </message>
    <message>
        <source>order %1: %2</source>
        <translation>pedido %1: %2</translation>
    </message>
    <message>
        <source>no SKU</source>
        <translation>sin SKU</translation>
    </message>
    <message>
        <source>SKU %1</source>
        <translation>SKU %1</translation>
    </message>
    <message>
        <source>line %1 (%2): %3 %4</source>
        <translation>línea %1 (%2): %3 %4</translation>
    </message>
    <message>
        <source>No shipped message was queued for it.</source>
        <translation>No se puso en cola ningún mensaje de envío.</translation>
    </message>
    <message>
        <source>The shipped message is queued and has not been tried yet.</source>
        <translation>El mensaje de envío está en cola y aún no se ha intentado.</translation>
    </message>
    <message>
        <source>The shipped message failed %1; last error: %2</source>
        <translation>El mensaje de envío falló %1; último error: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n vez</numerusform>
            <numerusform>%n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>The storefront refused the shipped message: %1</source>
        <translation>La tienda rechazó el mensaje de envío: %1</translation>
    </message>
    <message>
        <source>%1 collected %2 of order %3 (tracking %4) %5 ago, and the storefront has not been told (SLA %6 min). %7</source>
        <translation>%1 recogió %2 del pedido %3 (seguimiento %4) hace %5, y no se ha informado a la tienda (SLA %6 min). %7</translation>
    </message>
    <message>
        <source>The carrier</source>
        <translation>El transportista</translation>
    </message>
    <message>
        <source>Retry the shipped message, or mark the order shipped in the storefront with the tracking number.</source>
        <translation>Reintente el mensaje de envío, o marque el pedido como enviado en la tienda con el número de seguimiento.</translation>
    </message>
    <message>
        <source>In %1, %2 shows its parent&apos;s SKU %3 instead of its own: %4. The warehouse cannot tell it from its parent.</source>
        <translation>En %1, %2 muestra el SKU %3 de su producto padre en lugar del suyo: %4. El almacén no puede distinguirla de su padre.</translation>
    </message>
    <message>
        <source>In %1, %2 show their parent&apos;s SKU %3 instead of their own: %4. The warehouse cannot tell them apart.</source>
        <translation>En %1, %2 muestran el SKU %3 de su producto padre en lugar del suyo: %4. El almacén no puede distinguirlas.</translation>
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
        <translation>Dé a cada variante su propio SKU en la tienda (como en el maestro del WMS), o asígnela (Editar).</translation>
    </message>
    <message>
        <source>In %1, SKU %2 is used by %3 products: %4. Stock pushed for it lands on one of them at random.</source>
        <translation>En %1, el SKU %2 lo usan %3 productos: %4. El stock enviado para él cae al azar en uno de ellos.</translation>
    </message>
    <message>
        <source>Keep the SKU on one product and give the others their own (or retire the duplicate listing).</source>
        <translation>Deje el SKU en un producto y dé a los demás el suyo (o retire el anuncio duplicado).</translation>
    </message>
    <message>
        <source>Bundle %1 needs %2, which is not in the WMS item master: orders for the bundle cannot go to the warehouse and its stock reads as zero.</source>
        <translation>El lote %1 necesita %2, que no está en el maestro de artículos del WMS: los pedidos del lote no pueden ir al almacén y su stock cuenta como cero.</translation>
    </message>
    <message>
        <source>Bundle %1 needs %2, which are not in the WMS item master: orders for the bundle cannot go to the warehouse and its stock reads as zero.</source>
        <translation>El lote %1 necesita %2, que no están en el maestro de artículos del WMS: los pedidos del lote no pueden ir al almacén y su stock cuenta como cero.</translation>
    </message>
    <message>
        <source>Add the component to the WMS item master, or correct the bundle&apos;s kit lines in the WMS.</source>
        <translation>Añada el componente al maestro del WMS, o corrija las líneas de kit del lote en el WMS.</translation>
    </message>
    <message>
        <source>Order %1 is %2 at the warehouse (%3) since %4 ago, but the storefront still shows it as &quot;%5&quot; (SLA %6 min).</source>
        <translation>El pedido %1 está %2 en el almacén (%3) desde hace %4, pero la tienda aún lo muestra como «%5» (SLA %6 min).</translation>
    </message>
    <message>
        <source>Check the order in the storefront and mark it completed with the tracking number; retry the shipped message if it failed.</source>
        <translation>Revise el pedido en la tienda y márquelo como completado con el número de seguimiento; reintente el mensaje de envío si falló.</translation>
    </message>
    <message>
        <source>Cancel the order in the storefront (and refund the customer) to match the warehouse.</source>
        <translation>Cancele el pedido en la tienda (y reembolse al cliente) para que coincida con el almacén.</translation>
    </message>
    <message>
        <source>Order %1 was placed %2 ago and is still &quot;%3&quot; without payment (SLA %4 min); it will not go to the warehouse until it is paid.</source>
        <translation>El pedido %1 se hizo hace %2 y sigue «%3» sin pago (SLA %4 min); no irá al almacén hasta que se pague.</translation>
    </message>
    <message>
        <source>Contact the customer about the payment, or cancel the order in the storefront.</source>
        <translation>Contacte al cliente por el pago, o cancele el pedido en la tienda.</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>ninguno registrado</translation>
    </message>
    <message>
        <source>Lockstep has not queued it for the warehouse.</source>
        <translation>Lockstep no lo ha puesto en cola para el almacén.</translation>
    </message>
    <message>
        <source>The send to the warehouse was given up after %1 and waits for a retry; last error: %2</source>
        <translation>El envío al almacén se abandonó tras %1 y espera un reintento; último error: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n intento</numerusform>
            <numerusform>%n intentos</numerusform>
        </translation>
    </message>
    <message>
        <source>It was sent, but the warehouse has not shown it as received.</source>
        <translation>Se envió, pero el almacén no lo muestra como recibido.</translation>
    </message>
    <message>
        <source>The send to the warehouse is queued and has not been tried yet.</source>
        <translation>El envío al almacén está en cola y aún no se ha intentado.</translation>
    </message>
    <message>
        <source>The send to the warehouse has failed %1; last error: %2</source>
        <translation>El envío al almacén ha fallado %1; último error: %2</translation>
    </message>
    <message>
        <source>Order %1 was paid %2 ago and the warehouse has not acknowledged it (SLA %3 min). %4</source>
        <translation>El pedido %1 se pagó hace %2 y el almacén no lo ha confirmado (SLA %3 min). %4</translation>
    </message>
    <message>
        <source>Check that the warehouse connection is healthy, look the order up at the WMS, then retry the send.</source>
        <translation>Compruebe que la conexión con el almacén funciona, busque el pedido en el WMS y reintente el envío.</translation>
    </message>
    <message>
        <source>Till return %1 (%2) at store %3</source>
        <translation>La devolución de caja %1 (%2) en la tienda %3</translation>
    </message>
    <message>
        <source>%1 was refused by the warehouse: %2. %3 does not know the goods are coming back.</source>
        <translation>%1 fue rechazada por el almacén: %2. %3 no sabe que la mercancía vuelve.</translation>
    </message>
    <message>
        <source>%1 has not reached the warehouse %2 after Lockstep took it in (SLA %3 min): %4 does not know the goods are coming back. %5</source>
        <translation>%1 no ha llegado al almacén %2 después de que Lockstep la tomara (SLA %3 min): %4 no sabe que la mercancía vuelve. %5</translation>
    </message>
    <message>
        <source>It is queued and has not been tried yet.</source>
        <translation>Está en cola y aún no se ha intentado.</translation>
    </message>
    <message>
        <source>It failed %1; last error: %2</source>
        <translation>Falló %1; último error: %2</translation>
    </message>
    <message>
        <source>Correct what the warehouse refused (the item, the facility), then retry; or enter the return at the warehouse and acknowledge.</source>
        <translation>Corrija lo que rechazó el almacén (el artículo, el centro) y reintente; o registre la devolución en el almacén y reconozca.</translation>
    </message>
    <message>
        <source>Retry: the warehouse is asked whether it already has the return before anything is sent.</source>
        <translation>Reintentar: se pregunta al almacén si ya tiene la devolución antes de enviar nada.</translation>
    </message>
    <message>
        <source>fees</source>
        <translation>comisiones</translation>
    </message>
    <message>
        <source>shipping</source>
        <translation>envío</translation>
    </message>
    <message>
        <source>tax</source>
        <translation>impuesto</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>descuento</translation>
    </message>
    <message>
        <source>totals</source>
        <translation>totales</translation>
    </message>
    <message>
        <source>No single part explains the difference.</source>
        <translation>Ninguna parte sola explica la diferencia.</translation>
    </message>
    <message>
        <source>The difference matches the %1.</source>
        <translation>La diferencia coincide con la partida «%1».</translation>
    </message>
    <message>
        <source>Order %1 is worth %2 in the storefront but %3 at the warehouse (difference %4). Storefront: items %5, discount -%6, shipping %7, tax %8, other %9. %10</source>
        <translation>El pedido %1 vale %2 en la tienda pero %3 en el almacén (diferencia %4). Tienda: artículos %5, descuento -%6, envío %7, impuesto %8, otros %9. %10</translation>
    </message>
    <message>
        <source>Check how the storefront&apos;s %1 is mapped to the warehouse order; correct the order value in the WMS or acknowledge the difference for finance.</source>
        <translation>Revise cómo se traslada la partida «%1» de la tienda al pedido del almacén; corrija el valor en el WMS o reconozca la diferencia para finanzas.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 asked %2 to pull the order before the carrier collects it: %3</source>
        <translation>%1 pidió a %2 retirar el pedido antes de que lo recoja el transportista: %3</translation>
    </message>
    <message>
        <source>Already at the warehouse as %1 (%2), found before a retry</source>
        <translation>Ya está en el almacén como %1 (%2), encontrado antes de un reintento</translation>
    </message>
    <message>
        <source>Retry asked by %1 (attempt %2)</source>
        <translation>Reintento solicitado por %1 (intento %2)</translation>
    </message>
    <message>
        <source>Retry asked by %1 (attempt %2): still held</source>
        <translation>Reintento solicitado por %1 (intento %2): sigue retenido</translation>
    </message>
    <message>
        <source>%1 chose to send it without SKU %2</source>
        <translation>%1 decidió enviarlo sin el SKU %2</translation>
    </message>
    <message>
        <source>Both systems read before a retry: %1</source>
        <translation>Ambos sistemas leídos antes de un reintento: %1</translation>
    </message>
    <message>
        <source>Order %1 placed: %2 %3</source>
        <translation>Pedido %1 realizado: %2 %3</translation>
    </message>
    <message>
        <source>Payment confirmed</source>
        <translation>Pago confirmado</translation>
    </message>
    <message>
        <source>Status changed from %1 to %2</source>
        <translation>Estado cambiado de %1 a %2</translation>
    </message>
    <message>
        <source>Cancelled before it reached the warehouse</source>
        <translation>Cancelado antes de llegar al almacén</translation>
    </message>
    <message>
        <source>Cancellation queued for the warehouse</source>
        <translation>Cancelación en cola para el almacén</translation>
    </message>
    <message>
        <source>Queued for the warehouse at %1</source>
        <translation>En cola para el almacén %1</translation>
    </message>
    <message>
        <source>Queued for the warehouse at %1 without %2, as a person chose</source>
        <translation>En cola para el almacén %1 sin %2, según decidió una persona</translation>
    </message>
    <message numerus="yes">
        <source>Return of %n unit(s) queued for the warehouse at %1 as customer return %2</source>
        <translation>
            <numerusform>Devolución de %n unidad en cola para el almacén %1 como devolución de cliente %2</numerusform>
            <numerusform>Devolución de %n unidades en cola para el almacén %1 como devolución de cliente %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Already at the warehouse as %1 (%2)</source>
        <translation>Ya está en el almacén como %1 (%2)</translation>
    </message>
    <message>
        <source>Received by the warehouse as %1 at %2</source>
        <translation>Recibido por el almacén como %1 en %2</translation>
    </message>
    <message>
        <source>Already at the warehouse as customer return %1 for %2</source>
        <translation>Ya está en el almacén como devolución de cliente %1 para %2</translation>
    </message>
    <message>
        <source>Received by the warehouse as customer return %1 for %2</source>
        <translation>Recibido por el almacén como devolución de cliente %1 para %2</translation>
    </message>
    <message>
        <source>Nothing left to cancel at the warehouse</source>
        <translation>Nada que cancelar en el almacén</translation>
    </message>
    <message>
        <source>Cancelled at the warehouse</source>
        <translation>Cancelado en el almacén</translation>
    </message>
    <message>
        <source>Customer told: shipped with %1, tracking %2</source>
        <translation>Cliente informado: enviado con %1, seguimiento %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Label printed for %1, tracking %2</source>
        <translation>Etiqueta impresa para %1, seguimiento %2</translation>
    </message>
    <message>
        <source>Packed at %1, waiting for %2 to collect</source>
        <translation>Empaquetado en %1, esperando la recogida de %2</translation>
    </message>
    <message>
        <source>Collected by %1, tracking %2</source>
        <translation>Recogido por %1, seguimiento %2</translation>
    </message>
    <message>
        <source>In transit with %1, tracking %2</source>
        <translation>En tránsito con %1, seguimiento %2</translation>
    </message>
    <message>
        <source>Delivered by %1, tracking %2</source>
        <translation>Entregado por %1, seguimiento %2</translation>
    </message>
    <message>
        <source>Label voided for %1, tracking %2</source>
        <translation>Etiqueta anulada para %1, seguimiento %2</translation>
    </message>
    <message>
        <source>The storefront shows the stock Lockstep pushed</source>
        <translation>La tienda muestra el stock que envió Lockstep</translation>
    </message>
    <message>
        <source>Each SKU is on one listing of its own</source>
        <translation>Cada SKU está en su propia ficha</translation>
    </message>
    <message>
        <source>Sent to the warehouse at %1</source>
        <translation>Enviado al almacén %1</translation>
    </message>
    <message>
        <source>No longer pending: acknowledged by the warehouse, paid, or closed</source>
        <translation>Ya no está pendiente: confirmado por el almacén, pagado o cerrado</translation>
    </message>
    <message>
        <source>The warehouse has customer return %1</source>
        <translation>El almacén tiene la devolución de cliente %1</translation>
    </message>
    <message>
        <source>The storefront now knows it shipped</source>
        <translation>La tienda ya sabe que se envió</translation>
    </message>
    <message>
        <source>Storefront and warehouse totals agree</source>
        <translation>Los totales de la tienda y del almacén coinciden</translation>
    </message>
    <message>
        <source>The warehouse has the customer return</source>
        <translation>El almacén tiene la devolución de cliente</translation>
    </message>
    <message>
        <source>The storefront was told it shipped</source>
        <translation>Se informó a la tienda del envío</translation>
    </message>
    <message>
        <source>Every component is in the item master</source>
        <translation>Cada componente está en el maestro de artículos</translation>
    </message>
    <message>
        <source>Cancelled in the storefront</source>
        <translation>Cancelado en la tienda</translation>
    </message>
    <message>
        <source>Every checkout field of the order is mapped</source>
        <translation>Cada campo del pago del pedido está asignado</translation>
    </message>
    <message>
        <source>Allocated at the warehouse (%1)</source>
        <translation>Asignado en el almacén (%1)</translation>
    </message>
    <message>
        <source>The warehouse pulled the order and cancelled it, as asked</source>
        <translation>El almacén retiró el pedido y lo canceló, como se pidió</translation>
    </message>
    <message>
        <source>The warehouse cancelled the order after all</source>
        <translation>El almacén canceló el pedido al final</translation>
    </message>
    <message>
        <source>Exception %1 is not changed by this action.</source>
        <translation>Esta acción no cambia la excepción %1.</translation>
    </message>
    <message>
        <source>Till sale %1 at store %2 cannot be taken off the store&apos;s stock at the warehouse: SKU %3 is not in the WMS item master.</source>
        <translation>La venta en caja %1 de la tienda %2 no se puede descontar del stock de la tienda en el almacén: el SKU %3 no está en el maestro de artículos del WMS.</translation>
    </message>
    <message>
        <source>Till sale %1 (%2) at store %3</source>
        <translation>La venta en caja %1 (%2) de la tienda %3</translation>
    </message>
    <message>
        <source>%1 was refused by the warehouse: %2. %3 still counts the sold units as the store&apos;s stock.</source>
        <translation>%1 fue rechazada por el almacén: %2. %3 sigue contando las unidades vendidas como stock de la tienda.</translation>
    </message>
    <message>
        <source>%1 has not been taken off the stock of %2 at the warehouse %3 after Lockstep took it in (SLA %4 min). %5</source>
        <translation>%1 no se ha descontado del stock de %2 en el almacén %3 después de que Lockstep la recibiera (SLA %4 min). %5</translation>
    </message>
    <message>
        <source>Set up what the warehouse refused (the item, the store&apos;s facility or its sales floor location), then retry; or correct the store&apos;s stock at the warehouse and acknowledge.</source>
        <translation>Configure lo que rechazó el almacén (el artículo, la instalación de la tienda o su ubicación de sala de ventas) y reintente; o corrija el stock de la tienda en el almacén y confirme.</translation>
    </message>
    <message>
        <source>Retry: the warehouse is asked how often it already holds each move before anything is sent.</source>
        <translation>Reintentar: se pregunta al almacén cuántas veces tiene ya cada movimiento antes de enviar nada.</translation>
    </message>
    <message>
        <source>The warehouse took %1 of %2 off the stock of %3 %4 for till sale %5 at store %6, which Lockstep sent once: the store&apos;s stock at the warehouse is %7 too low, and the next push lowers the till&apos;s count with it.</source>
        <translation>El almacén descontó %1 de %2 del stock de %3 %4 por la venta en caja %5 de la tienda %6, que Lockstep envió una vez: el stock de la tienda en el almacén está %7 por debajo, y el próximo envío bajará con él el recuento de la caja.</translation>
    </message>
    <message>
        <source>Put the units back on the store&apos;s stock at the warehouse (an inventory adjustment), find what replays the moves (a proxy or a second integration), then acknowledge.</source>
        <translation>Devuelva las unidades al stock de la tienda en el almacén (un ajuste de inventario), averigüe qué repite los movimientos (un proxy o una segunda integración) y confirme.</translation>
    </message>
    <message numerus="yes">
        <source>Sale of %n unit(s) queued to leave the stock of %1 at the warehouse</source>
        <translation>
            <numerusform>Venta de %n unidad en cola para salir del stock de %1 en el almacén</numerusform>
            <numerusform>Venta de %n unidades en cola para salir del stock de %1 en el almacén</numerusform>
        </translation>
    </message>
    <message>
        <source>Already off the stock of %1 at the warehouse</source>
        <translation>Ya descontada del stock de %1 en el almacén</translation>
    </message>
    <message>
        <source>Taken off the stock of %1 at the warehouse</source>
        <translation>Descontada del stock de %1 en el almacén</translation>
    </message>
    <message>
        <source>The warehouse has taken the sale off the store&apos;s stock</source>
        <translation>El almacén ha descontado la venta del stock de la tienda</translation>
    </message>
    <message>
        <source>The warehouse had already taken the sale off the store&apos;s stock: nothing was sent twice.</source>
        <translation>El almacén ya había descontado la venta del stock de la tienda: no se envió nada dos veces.</translation>
    </message>
    <message>
        <source>The warehouse has taken the sale off the store&apos;s stock.</source>
        <translation>El almacén ha descontado la venta del stock de la tienda.</translation>
    </message>
    <message>
        <source>The engine could not read the request: %1</source>
        <translation>El motor no pudo leer la solicitud: %1</translation>
    </message>
</context>
<context>
    <name>OrderText</name>
    <message>
        <source>unknown time</source>
        <translation>hora desconocida</translation>
    </message>
    <message>
        <source>the warehouse</source>
        <translation>el almacén</translation>
    </message>
    <message>
        <source>Placed, waiting for payment (%1)</source>
        <translation>Realizado, pendiente de pago (%1)</translation>
    </message>
    <message>
        <source>Payment failed in the storefront</source>
        <translation>Pago fallido en la tienda</translation>
    </message>
    <message>
        <source>Paid, waiting for the warehouse to acknowledge (%1)</source>
        <translation>Pagado, pendiente de confirmación del almacén (%1)</translation>
    </message>
    <message>
        <source>At %1: %2 (%3)</source>
        <translation>En %1: %2 (%3)</translation>
    </message>
    <message>
        <source>On hold at %1 (%2)</source>
        <translation>Retenido en %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>At %1: %2, %3 of %n units short</source>
        <translation>
            <numerusform>En %1: %2, faltan %3 de %n unidad</numerusform>
            <numerusform>En %1: %2, faltan %3 de %n unidades</numerusform>
        </translation>
    </message>
    <message>
        <source>Being picked at %1</source>
        <translation>En preparación en %1</translation>
    </message>
    <message>
        <source>Picked at %1, waiting for carrier collection (%2)</source>
        <translation>Preparado en %1, pendiente de recogida por el transportista (%2)</translation>
    </message>
    <message>
        <source>Partly shipped with %1 %2, collected %3; the rest is still at %4</source>
        <translation>Enviado en parte con %1 %2, recogido el %3; el resto sigue en %4</translation>
    </message>
    <message>
        <source>Shipped with %1 %2, collected %3</source>
        <translation>Enviado con %1 %2, recogido el %3</translation>
    </message>
    <message>
        <source>Delivered by %1 %2</source>
        <translation>Entregado por %1 %2</translation>
    </message>
    <message>
        <source>Cancelled in the storefront; the warehouse had not started</source>
        <translation>Cancelado en la tienda; el almacén no había empezado</translation>
    </message>
    <message>
        <source>Cancelled in the storefront after the warehouse cutoff (%1 at %2)</source>
        <translation>Cancelado en la tienda después de la hora de corte del almacén (%1 en %2)</translation>
    </message>
    <message>
        <source>Cancelled by the warehouse</source>
        <translation>Cancelado por el almacén</translation>
    </message>
    <message>
        <source>Refunded in the storefront</source>
        <translation>Reembolsado en la tienda</translation>
    </message>
    <message>
        <source>We are waiting for your payment to be confirmed.</source>
        <translation>Estamos esperando la confirmación de tu pago.</translation>
    </message>
    <message>
        <source>Your payment did not go through.</source>
        <translation>Tu pago no se ha completado.</translation>
    </message>
    <message>
        <source>Your payment is confirmed and your order is being prepared in our warehouse.</source>
        <translation>Tu pago está confirmado y tu pedido se está preparando en nuestro almacén.</translation>
    </message>
    <message numerus="yes">
        <source>Part of your order is waiting for new stock (units on back order: %n).</source>
        <translation>
            <numerusform>Parte de tu pedido está a la espera de nuevo stock (%n unidad pendiente).</numerusform>
            <numerusform>Parte de tu pedido está a la espera de nuevo stock (%n unidades pendientes).</numerusform>
        </translation>
    </message>
    <message>
        <source>Your order is being picked in our warehouse.</source>
        <translation>Tu pedido se está preparando en nuestro almacén.</translation>
    </message>
    <message>
        <source>Your order is packed and waiting for the carrier to collect it.</source>
        <translation>Tu pedido está embalado y a la espera de que lo recoja el transportista.</translation>
    </message>
    <message>
        <source>Part of your order has shipped with %1; the rest will follow.</source>
        <translation>Parte de tu pedido se ha enviado con %1; el resto llegará más adelante.</translation>
    </message>
    <message>
        <source>Your order has shipped with %1.</source>
        <translation>Tu pedido se ha enviado con %1.</translation>
    </message>
    <message>
        <source>Your order has been delivered by %1.</source>
        <translation>Tu pedido ha sido entregado por %1.</translation>
    </message>
    <message>
        <source>Your order has been cancelled.</source>
        <translation>Tu pedido ha sido cancelado.</translation>
    </message>
    <message>
        <source>Your cancellation reached us after your order had started to be prepared in our warehouse.</source>
        <translation>Tu cancelación nos llegó cuando tu pedido ya se estaba preparando en nuestro almacén.</translation>
    </message>
    <message>
        <source>Your order has been refunded.</source>
        <translation>Tu pedido ha sido reembolsado.</translation>
    </message>
    <message>
        <source>Order placed</source>
        <translation>Pedido realizado</translation>
    </message>
    <message>
        <source>Payment confirmed</source>
        <translation>Pago confirmado</translation>
    </message>
    <message>
        <source>Storefront status changed</source>
        <translation>Estado cambiado en la tienda</translation>
    </message>
    <message>
        <source>Cancelled in the storefront</source>
        <translation>Cancelado en la tienda</translation>
    </message>
    <message>
        <source>Marked as shipped in the storefront</source>
        <translation>Marcado como enviado en la tienda</translation>
    </message>
    <message>
        <source>Sent to the warehouse</source>
        <translation>Enviado al almacén</translation>
    </message>
    <message>
        <source>Cancellation sent to the warehouse</source>
        <translation>Cancelación enviada al almacén</translation>
    </message>
    <message>
        <source>Warehouse order withdrawn before sending</source>
        <translation>Pedido de almacén retirado antes del envío</translation>
    </message>
    <message>
        <source>Acknowledged by the warehouse</source>
        <translation>Confirmado por el almacén</translation>
    </message>
    <message>
        <source>Warehouse status</source>
        <translation>Estado en el almacén</translation>
    </message>
    <message>
        <source>Stock allocated</source>
        <translation>Stock asignado</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>Preparado</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Embalado</translation>
    </message>
    <message>
        <source>Shipped from the warehouse</source>
        <translation>Enviado desde el almacén</translation>
    </message>
    <message>
        <source>Collected by the carrier</source>
        <translation>Recogido por el transportista</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>En tránsito</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
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
        <translation>TPV (POS)</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Almacén</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transportista</translation>
    </message>
    <message>
        <source>Lockstep</source>
        <translation>Lockstep</translation>
    </message>
    <message>
        <source>Order %1, placed %2</source>
        <translation>Pedido %1, realizado el %2</translation>
    </message>
    <message>
        <source>Payment confirmed: %1</source>
        <translation>Pago confirmado: %1</translation>
    </message>
    <message>
        <source>Shipped with %1 on %2, tracking number %3</source>
        <translation>Enviado con %1 el %2, número de seguimiento %3</translation>
    </message>
    <message>
        <source>Track the parcel: %1</source>
        <translation>Seguir el paquete: %1</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>Artículos:</translation>
    </message>
    <message>
        <source>  %1 × %2</source>
        <translation>  %1 × %2</translation>
    </message>
    <message>
        <source>Customer told it shipped</source>
        <translation>Cliente informado del envío</translation>
    </message>
    <message>
        <source>Retry asked</source>
        <translation>Reintento solicitado</translation>
    </message>
    <message>
        <source>Both systems checked</source>
        <translation>Ambos sistemas comprobados</translation>
    </message>
    <message>
        <source>Shipment update</source>
        <translation>Actualización del envío</translation>
    </message>
    <message>
        <source>Cancelled at the warehouse</source>
        <translation>Cancelado en el almacén</translation>
    </message>
    <message>
        <source>A line left out of the warehouse order</source>
        <translation>Una línea omitida del pedido del almacén</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Warehouse asked to intercept</source>
        <translation>Se pidió al almacén interceptarlo</translation>
    </message>
</context>
<context>
    <name>SelfTestText</name>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Llavero</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Connection to the warehouse (Deposco)</source>
        <translation>Conexión con el almacén (Deposco)</translation>
    </message>
    <message>
        <source>Connection to WooCommerce</source>
        <translation>Conexión con WooCommerce</translation>
    </message>
    <message>
        <source>Connection to commercetools</source>
        <translation>Conexión con commercetools</translation>
    </message>
    <message>
        <source>Connection to %1</source>
        <translation>Conexión con %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>No necesario</translation>
    </message>
    <message>
        <source>No secret of this configuration is kept in the keychain, and it does not answer here.</source>
        <translation>Ningún secreto de esta configuración se guarda en el llavero, y aquí no responde.</translation>
    </message>
    <message>
        <source>The database file cannot be opened or created.</source>
        <translation>No se puede abrir ni crear el archivo de la base de datos.</translation>
    </message>
    <message>
        <source>The database was written by a newer version of Lockstep.</source>
        <translation>La base de datos la escribió una versión más reciente de Lockstep.</translation>
    </message>
    <message>
        <source>The database&apos;s schema is not the one this version uses.</source>
        <translation>El esquema de la base de datos no es el que usa esta versión.</translation>
    </message>
    <message>
        <source>The database opens, but refuses to be written.</source>
        <translation>La base de datos se abre, pero no admite escritura.</translation>
    </message>
    <message>
        <source>The operating system&apos;s keychain does not answer.</source>
        <translation>El llavero del sistema operativo no responde.</translation>
    </message>
    <message>
        <source>A secret the configuration names is not in the keychain.</source>
        <translation>Un secreto que nombra la configuración no está en el llavero.</translation>
    </message>
    <message>
        <source>A secret of this connection cannot be read.</source>
        <translation>No se puede leer un secreto de esta conexión.</translation>
    </message>
    <message>
        <source>No configuration was given, so no system can be checked.</source>
        <translation>No se indicó ninguna configuración, así que no se puede comprobar ningún sistema.</translation>
    </message>
    <message>
        <source>The configuration file does not exist or cannot be read.</source>
        <translation>El archivo de configuración no existe o no se puede leer.</translation>
    </message>
    <message>
        <source>The configuration has mistakes.</source>
        <translation>La configuración tiene errores.</translation>
    </message>
    <message>
        <source>The address cannot be used.</source>
        <translation>La dirección no se puede usar.</translation>
    </message>
    <message>
        <source>No connection could be made.</source>
        <translation>No se pudo establecer ninguna conexión.</translation>
    </message>
    <message>
        <source>The system did not answer in time.</source>
        <translation>El sistema no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The secure connection failed (certificate or TLS).</source>
        <translation>La conexión segura falló (certificado o TLS).</translation>
    </message>
    <message>
        <source>The system refused the credentials (HTTP %1).</source>
        <translation>El sistema rechazó las credenciales (HTTP %1).</translation>
    </message>
    <message>
        <source>The address answers, but not as this system&apos;s API (HTTP 404).</source>
        <translation>La dirección responde, pero no como la API de este sistema (HTTP 404).</translation>
    </message>
    <message>
        <source>The system asks Lockstep to slow down (HTTP 429).</source>
        <translation>El sistema pide a Lockstep que reduzca el ritmo (HTTP 429).</translation>
    </message>
    <message>
        <source>The system answers with a server error (HTTP %1).</source>
        <translation>El sistema responde con un error del servidor (HTTP %1).</translation>
    </message>
    <message>
        <source>The system refused the request (HTTP %1).</source>
        <translation>El sistema rechazó la solicitud (HTTP %1).</translation>
    </message>
    <message>
        <source>The address answers with something other than the API (a web page?).</source>
        <translation>La dirección responde con algo que no es la API (¿una página web?).</translation>
    </message>
    <message>
        <source>Choose a file in a folder you can write to (--db FILE), or make the folder writable.</source>
        <translation>Elige un archivo en una carpeta en la que puedas escribir (--db FILE) o haz que la carpeta admita escritura.</translation>
    </message>
    <message>
        <source>Install that version of Lockstep (or a newer one), or use another database file.</source>
        <translation>Instala esa versión de Lockstep (o una más reciente) o usa otro archivo de base de datos.</translation>
    </message>
    <message>
        <source>Open the database once with this version (lockstep --headless --once), or restore a backup.</source>
        <translation>Abre la base de datos una vez con esta versión (lockstep --headless --once) o restaura una copia de seguridad.</translation>
    </message>
    <message>
        <source>Make the file and its folder writable, free some disk space, or close the other program using it.</source>
        <translation>Haz que el archivo y su carpeta admitan escritura, libera espacio en disco o cierra el otro programa que lo usa.</translation>
    </message>
    <message>
        <source>Unlock the keychain (Windows Credential Manager, GNOME Keyring or KWallet) and try again; on a server without one, name environment variables for the secrets instead.</source>
        <translation>Desbloquea el llavero (Administrador de credenciales de Windows, GNOME Keyring o KWallet) y vuelve a intentarlo; en un servidor sin llavero, indica variables de entorno para los secretos.</translation>
    </message>
    <message>
        <source>Store it with: lockstep secret set %1 (the secret is read from standard input).</source>
        <translation>Guárdalo con: lockstep secret set %1 (el secreto se lee de la entrada estándar).</translation>
    </message>
    <message>
        <source>Set the environment variable or keychain entry named in the detail, then try again.</source>
        <translation>Define la variable de entorno o la entrada del llavero indicada en el detalle y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Give the configuration file with --config FILE, or try the sandbox with --demo.</source>
        <translation>Indica el archivo de configuración con --config FILE o prueba el entorno de pruebas con --demo.</translation>
    </message>
    <message>
        <source>Check the path of the configuration file.</source>
        <translation>Comprueba la ruta del archivo de configuración.</translation>
    </message>
    <message>
        <source>Correct each field named in the detail.</source>
        <translation>Corrige cada campo indicado en el detalle.</translation>
    </message>
    <message>
        <source>Give the full address in the configuration, starting with https://.</source>
        <translation>Indica la dirección completa en la configuración, empezando por https://.</translation>
    </message>
    <message>
        <source>Check the address in the configuration, that the system is up, and that no firewall or proxy blocks it.</source>
        <translation>Comprueba la dirección en la configuración, que el sistema esté en marcha y que ningún cortafuegos o proxy la bloquee.</translation>
    </message>
    <message>
        <source>Check that the system is up and reachable from this computer, then try again.</source>
        <translation>Comprueba que el sistema esté en marcha y sea accesible desde este equipo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Check the address and the system&apos;s certificate; behind a company proxy, its certificate may need installing.</source>
        <translation>Comprueba la dirección y el certificado del sistema; detrás de un proxy de empresa, puede que haya que instalar su certificado.</translation>
    </message>
    <message>
        <source>Check the key and secret and their permissions; store new ones with lockstep secret set ENTRY.</source>
        <translation>Comprueba la clave y el secreto y sus permisos; guarda unos nuevos con lockstep secret set ENTRY.</translation>
    </message>
    <message>
        <source>Check the address in the configuration (and the project key or business unit).</source>
        <translation>Comprueba la dirección en la configuración (y la clave del proyecto o la unidad de negocio).</translation>
    </message>
    <message>
        <source>Wait a few minutes and run the self-test again.</source>
        <translation>Espera unos minutos y vuelve a ejecutar la autocomprobación.</translation>
    </message>
    <message>
        <source>The fault is on the system&apos;s side: try again later, or ask its administrator.</source>
        <translation>El fallo está en el lado del sistema: vuelve a intentarlo más tarde o consulta a su administrador.</translation>
    </message>
    <message>
        <source>Check the connection settings named in the detail (business unit, project key, permissions).</source>
        <translation>Comprueba los ajustes de conexión indicados en el detalle (unidad de negocio, clave del proyecto, permisos).</translation>
    </message>
    <message>
        <source>Give the API&apos;s address, not a web page or a sign-in page.</source>
        <translation>Indica la dirección de la API, no una página web ni una página de inicio de sesión.</translation>
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
        <translation>%1 Solución: %2</translation>
    </message>
    <message>
        <source>The database file is damaged: parts of it are not what SQLite wrote.</source>
        <translation>El archivo de la base de datos está dañado: partes de él no son lo que SQLite escribió.</translation>
    </message>
    <message>
        <source>Restore the file from a backup (stop Lockstep first), or move it aside and let Lockstep start a new one; permissions will not repair it.</source>
        <translation>Restaure el archivo desde una copia de seguridad (detenga Lockstep antes) o apártelo y deje que Lockstep cree uno nuevo; los permisos no lo repararán.</translation>
    </message>
    <message>
        <source>The store answered as if no credentials were sent: the web server in front of it drops the Authorization header (HTTP 401).</source>
        <translation>La tienda respondió como si no se hubieran enviado credenciales: el servidor web que tiene delante descarta la cabecera Authorization (HTTP 401).</translation>
    </message>
    <message>
        <source>Set &quot;auth&quot;: &quot;query_string&quot; for this storefront in the configuration (HTTPS only), or have the host pass the Authorization header on.</source>
        <translation>Indique &quot;auth&quot;: &quot;query_string&quot; para esta tienda en la configuración (solo HTTPS) o pida al proveedor de alojamiento que deje pasar la cabecera Authorization.</translation>
    </message>
    <message>
        <source>Connection to the store tills (Square)</source>
        <translation>Conexión con las cajas de las tiendas (Square)</translation>
    </message>
</context>
<context>
    <name>db</name>
    <message>
        <source>Migrates or checks a store: a SQLite file, or a team&apos;s PostgreSQL database (postgresql://USER@HOST/DB).</source>
        <translation>Migra o comprueba un almacén: un archivo SQLite o la base de datos PostgreSQL de un equipo (postgresql://USUARIO@HOST/BD).</translation>
    </message>
    <message>
        <source>The db command.</source>
        <translation>La orden db.</translation>
    </message>
    <message>
        <source>migrate or check.</source>
        <translation>migrate o check.</translation>
    </message>
    <message>
        <source>The store: a file, or a postgresql:// URL (default: %1).</source>
        <translation>El almacén: un archivo o una URL postgresql:// (predeterminado: %1).</translation>
    </message>
    <message>
        <source>usage: lockstep db migrate|check [--db URL|FILE]</source>
        <translation>uso: lockstep db migrate|check [--db URL|ARCHIVO]</translation>
    </message>
    <message>
        <source>lockstep: cannot migrate %1: %2</source>
        <translation>lockstep: no se puede migrar %1: %2</translation>
    </message>
    <message>
        <source>lockstep: %1 is at schema %2.</source>
        <translation>lockstep: %1 está en el esquema %2.</translation>
    </message>
    <message>
        <source>lockstep: cannot use %1: %2</source>
        <translation>lockstep: no se puede usar %1: %2</translation>
    </message>
    <message>
        <source>lockstep: %1: SQLite file, schema %2, sound.</source>
        <translation>lockstep: %1: archivo SQLite, esquema %2, íntegro.</translation>
    </message>
    <message>
        <source>lockstep: %1: %2</source>
        <translation>lockstep: %1: %2</translation>
    </message>
    <message>
        <source>lockstep: problem: %1</source>
        <translation>lockstep: problema: %1</translation>
    </message>
</context>
<context>
    <name>exceptions</name>
    <message numerus="yes">
        <source>%n exception(s)</source>
        <translation>
            <numerusform>%n incidencia</numerusform>
            <numerusform>%n incidencias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lockstep::app</name>
    <message>
        <source>unknown exception type &quot;%1&quot;</source>
        <translation>tipo de incidencia desconocido «%1»</translation>
    </message>
    <message>
        <source>unknown state &quot;%1&quot; (open, acknowledged, resolved)</source>
        <translation>estado desconocido «%1» (open, acknowledged, resolved)</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation>--limit necesita un número positivo</translation>
    </message>
    <message>
        <source>cannot read the exceptions: %1</source>
        <translation>no se pueden leer las incidencias: %1</translation>
    </message>
    <message>
        <source>give at least one exception ID</source>
        <translation>indica al menos un ID de incidencia</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an exception ID</source>
        <translation>«%1» no es un ID de incidencia</translation>
    </message>
    <message>
        <source>%1 The running engine sends it on its next run (or run lockstep --headless --once).</source>
        <translation>%1 El motor en ejecución lo enviará en su próxima pasada (o ejecuta lockstep --headless --once).</translation>
    </message>
    <message>
        <source>exception %1: done. %2</source>
        <translation>incidencia %1: hecho. %2</translation>
    </message>
    <message>
        <source>exception %1: refused. %2</source>
        <translation>incidencia %1: rechazado. %2</translation>
    </message>
    <message>
        <source>cannot look the order up: %1</source>
        <translation>no se puede buscar el pedido: %1</translation>
    </message>
    <message>
        <source>lockstep: no order matches &quot;%1&quot; (number, email or tracking number).</source>
        <translation>lockstep: ningún pedido coincide con «%1» (número, correo electrónico o número de seguimiento).</translation>
    </message>
    <message>
        <source>cannot read the history of order %1</source>
        <translation>no se puede leer el historial del pedido %1</translation>
    </message>
    <message>
        <source>Order %1 (%2, %3 %4): %5</source>
        <translation>Pedido %1 (%2, %3 %4): %5</translation>
    </message>
    <message>
        <source>  exception %1 (%2, %3): %4</source>
        <translation>  incidencia %1 (%2, %3): %4</translation>
    </message>
    <message>
        <source>Shows an order&apos;s lifecycle and its exceptions, found by number, email or tracking number.</source>
        <translation>Muestra el ciclo de vida de un pedido y sus incidencias, buscado por número, correo electrónico o número de seguimiento.</translation>
    </message>
    <message>
        <source>Lists and acts on exceptions: list, retry ID..., ack ID... --note TEXT [--kind K].</source>
        <translation>Lista las incidencias y actúa sobre ellas: list, retry ID..., ack ID... --note TEXT [--kind K].</translation>
    </message>
    <message>
        <source>Only exceptions of TYPE (e.g. sku_mismatch).</source>
        <translation>Solo las incidencias de tipo TYPE (p. ej. sku_mismatch).</translation>
    </message>
    <message>
        <source>Only exceptions in STATE (open, acknowledged, resolved).</source>
        <translation>Solo las incidencias en estado STATE (open, acknowledged, resolved).</translation>
    </message>
    <message>
        <source>At most N exceptions (default 1000).</source>
        <translation>Como máximo N incidencias (1000 por defecto).</translation>
    </message>
    <message>
        <source>What was done (required to acknowledge).</source>
        <translation>Qué se hizo (obligatorio para reconocer).</translation>
    </message>
    <message>
        <source>How it was resolved: %1 (default other).</source>
        <translation>Cómo se resolvió: %1 (other por defecto).</translation>
    </message>
    <message>
        <source>The engine&apos;s configuration FILE, so that orders never queued can be decided again.</source>
        <translation>El archivo de configuración FILE del motor, para que los pedidos nunca encolados puedan decidirse de nuevo.</translation>
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
        <translation>uso: lockstep lookup ORDER [--json] [--db FILE]</translation>
    </message>
    <message>
        <source>usage: lockstep exceptions list|retry|ack ... (see --help)</source>
        <translation>uso: lockstep exceptions list|retry|ack ... (ver --help)</translation>
    </message>
    <message>
        <source>exceptions ack needs --note TEXT saying what was done</source>
        <translation>exceptions ack necesita --note TEXT indicando qué se hizo</translation>
    </message>
    <message>
        <source>unknown --kind &quot;%1&quot;; one of %2</source>
        <translation>--kind «%1» desconocido; valores posibles: %2</translation>
    </message>
    <message>
        <source>lockstep: configuration %1: %2</source>
        <translation>lockstep: configuración %1: %2</translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>no se puede abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <source>Write JSON to stdout.</source>
        <translation>Escribir JSON en stdout.</translation>
    </message>
    <message>
        <source>Writes a finance report to a CSV or XLSX file (atomically, with a manifest beside it): discrepancies, reconciliation, exceptions or audit.</source>
        <translation>Escribe un informe financiero en un archivo CSV o XLSX (de forma atómica, con un manifiesto al lado): discrepancies, reconciliation, exceptions o audit.</translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD (UTC), today or yesterday.</source>
        <translation>Primer día, YYYY-MM-DD (UTC), today o yesterday.</translation>
    </message>
    <message>
        <source>Last day, included, like --from.</source>
        <translation>Último día, incluido, como --from.</translation>
    </message>
    <message>
        <source>csv or xlsx (default: from the file name).</source>
        <translation>csv o xlsx (por defecto: según el nombre del archivo).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>El archivo que se escribe.</translation>
    </message>
    <message>
        <source>discrepancies: only these kinds, comma-separated (totals_mismatch, shipped_not_confirmed, cancelled_but_shipped, refunded_without_return, stock_drift).</source>
        <translation>discrepancies: solo estos tipos, separados por comas (totals_mismatch, shipped_not_confirmed, cancelled_but_shipped, refunded_without_return, stock_drift).</translation>
    </message>
    <message>
        <source>reconciliation: one storefront (woocommerce, commercetools).</source>
        <translation>reconciliation: una sola tienda (woocommerce, commercetools).</translation>
    </message>
    <message>
        <source>reconciliation: instead of the days, the orders behind them that count in BUCKET (sales, shipped, cancelled, refunded, difference).</source>
        <translation>reconciliation: en lugar de los días, los pedidos que cuentan en BUCKET (sales, shipped, cancelled, refunded, difference).</translation>
    </message>
    <message>
        <source>reconciliation with --orders-in: only orders in this currency.</source>
        <translation>reconciliation con --orders-in: solo los pedidos en esta moneda.</translation>
    </message>
    <message>
        <source>exceptions: one type (e.g. totals_mismatch).</source>
        <translation>exceptions: un solo tipo (p. ej. totals_mismatch).</translation>
    </message>
    <message>
        <source>exceptions: one state (open, acknowledged, resolved).</source>
        <translation>exceptions: un solo estado (open, acknowledged, resolved).</translation>
    </message>
    <message>
        <source>audit: actor, action or subject contains TEXT.</source>
        <translation>audit: el autor, la acción o el registro contiene TEXT.</translation>
    </message>
    <message>
        <source>Only these columns of the report, comma-separated header names.</source>
        <translation>Solo estas columnas del informe, nombres de encabezado separados por comas.</translation>
    </message>
    <message>
        <source>discrepancies | reconciliation | exceptions | audit</source>
        <translation>discrepancies | reconciliation | exceptions | audit</translation>
    </message>
    <message>
        <source>usage: lockstep export discrepancies|reconciliation|exceptions|audit --from DATE --to DATE --format csv|xlsx --out FILE [--db FILE] (see --help)</source>
        <translation>uso: lockstep export discrepancies|reconciliation|exceptions|audit --from DATE --to DATE --format csv|xlsx --out FILE [--db FILE] (ver --help)</translation>
    </message>
    <message>
        <source>unknown report &quot;%1&quot;
%2</source>
        <translation>informe desconocido «%1»
%2</translation>
    </message>
    <message>
        <source>--from DATE and --to DATE are both needed
%1</source>
        <translation>se necesitan --from DATE y --to DATE
%1</translation>
    </message>
    <message>
        <source>--from &quot;%1&quot; is not a date (YYYY-MM-DD, today or yesterday)</source>
        <translation>--from «%1» no es una fecha (YYYY-MM-DD, today o yesterday)</translation>
    </message>
    <message>
        <source>--to &quot;%1&quot; is not a date (YYYY-MM-DD, today or yesterday)</source>
        <translation>--to «%1» no es una fecha (YYYY-MM-DD, today o yesterday)</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 es posterior a --to %2</translation>
    </message>
    <message>
        <source>--out FILE is needed
%1</source>
        <translation>se necesita --out FILE
%1</translation>
    </message>
    <message>
        <source>--format must be csv or xlsx (got &quot;%1&quot;)</source>
        <translation>--format debe ser csv o xlsx (se recibió «%1»)</translation>
    </message>
    <message>
        <source>unknown discrepancy kind &quot;%1&quot;</source>
        <translation>tipo de discrepancia desconocido «%1»</translation>
    </message>
    <message>
        <source>--orders-in is for the reconciliation report</source>
        <translation>--orders-in es para el informe reconciliation</translation>
    </message>
    <message>
        <source>--orders-in must be sales, shipped, cancelled, refunded or difference</source>
        <translation>--orders-in debe ser sales, shipped, cancelled, refunded o difference</translation>
    </message>
    <message>
        <source>the %1 report has no column &quot;%2&quot;; its columns: %3</source>
        <translation>el informe %1 no tiene la columna «%2»; sus columnas: %3</translation>
    </message>
    <message>
        <source>no database at %1</source>
        <translation>no hay ninguna base de datos en %1</translation>
    </message>
    <message>
        <source>cannot open the database: %1</source>
        <translation>no se puede abrir la base de datos: %1</translation>
    </message>
    <message>
        <source>lockstep export: %1 rows written</source>
        <translation>lockstep export: %1 filas escritas</translation>
    </message>
    <message>
        <source>the export failed, no file was written: %1</source>
        <translation>la exportación falló, no se escribió ningún archivo: %1</translation>
    </message>
    <message>
        <source>lockstep export: %1 rows of %2 written to %3 (sha256 %4); manifest %5</source>
        <translation>lockstep export: %1 filas de %2 escritas en %3 (sha256 %4); manifiesto %5</translation>
    </message>
    <message>
        <source>%1: a newer version of Lockstep wrote this database; update Lockstep to export from it</source>
        <translation>%1: una versión más reciente de Lockstep escribió esta base de datos; actualice Lockstep para exportar desde ella</translation>
    </message>
    <message>
        <source>%1: start this version of Lockstep once with this database (the console, or lockstep --headless --once) so that it migrates the schema, then export again</source>
        <translation>%1: inicie esta versión de Lockstep una vez con esta base de datos (la consola o lockstep --headless --once) para que migre el esquema y vuelva a exportar</translation>
    </message>
    <message>
        <source>lockstep: exceptions %1 is not part of the work of the role &quot;%2&quot; (set in the console&apos;s Settings); nothing was changed.</source>
        <translation>lockstep: exceptions %1 no forma parte del trabajo del rol «%2» (definido en la Configuración de la consola); no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Use the database FILE, or a team&apos;s PostgreSQL database at URL (postgresql://USER@HOST/DB) (default: %1).</source>
        <translation>Usar la base de datos ARCHIVO, o la base de datos PostgreSQL de un equipo en URL (postgresql://USUARIO@HOST/BD) (predeterminado: %1).</translation>
    </message>
    <message>
        <source>Read the database FILE, or a team&apos;s PostgreSQL database at URL (postgresql://USER@HOST/DB) (default: %1).</source>
        <translation>Leer la base de datos ARCHIVO, o la base de datos PostgreSQL de un equipo en URL (postgresql://USUARIO@HOST/BD) (predeterminado: %1).</translation>
    </message>
</context>
<context>
    <name>lockstep::app::ConsoleEngine</name>
    <message>
        <source>the saved configuration was not applied (%1); running as before</source>
        <translation>la configuración guardada no se aplicó (%1); sigue funcionando como antes</translation>
    </message>
    <message>
        <source>the saved configuration was not applied: a secret could not be read (%1); running as before</source>
        <translation>la configuración guardada no se aplicó: no se pudo leer un secreto (%1); sigue funcionando como antes</translation>
    </message>
    <message>
        <source>restarted with the saved configuration</source>
        <translation>reiniciado con la configuración guardada</translation>
    </message>
</context>
<context>
    <name>lockstep::core::engine::SyncEngine</name>
    <message>
        <source>Webhooks are off: %1</source>
        <translation>Los webhooks están desactivados: %1</translation>
    </message>
    <message>
        <source>Order %1 from %2 taken in (webhook)</source>
        <translation>Pedido %1 de %2 recibido (webhook)</translation>
    </message>
    <message>
        <source>Reading orders from %1</source>
        <translation>Leyendo pedidos de %1</translation>
    </message>
    <message>
        <source>First sync of %1: %2 of %3 periods read, %4 orders</source>
        <translation>Primera sincronización de %1: %2 de %3 periodos leídos, %4 pedidos</translation>
    </message>
    <message>
        <source>Reading orders from %1: page %2 of %3</source>
        <translation>Leyendo pedidos de %1: página %2 de %3</translation>
    </message>
    <message>
        <source>Reading orders from %1: page %2</source>
        <translation>Leyendo pedidos de %1: página %2</translation>
    </message>
    <message>
        <source>Sending to the warehouse and storefronts</source>
        <translation>Enviando al almacén y a las tiendas</translation>
    </message>
    <message>
        <source>Reading orders and shipments from the warehouse</source>
        <translation>Leyendo pedidos y envíos del almacén</translation>
    </message>
    <message>
        <source>Pulling stock from the warehouse</source>
        <translation>Obteniendo stock del almacén</translation>
    </message>
    <message>
        <source>The engine has not started, so the action was not run.</source>
        <translation>El motor no ha arrancado, así que la acción no se ejecutó.</translation>
    </message>
    <message>
        <source>Checking for records out of step</source>
        <translation>Buscando registros desincronizados</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>En espera</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::AcknowledgeDialog</name>
    <message>
        <source>Handled in the WMS</source>
        <translation>Resuelto en el WMS</translation>
    </message>
    <message>
        <source>Handled with the customer</source>
        <translation>Resuelto con el cliente</translation>
    </message>
    <message>
        <source>Handled in the storefront</source>
        <translation>Resuelto en la tienda</translation>
    </message>
    <message>
        <source>Won&apos;t fix</source>
        <translation>No se corregirá</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Acknowledge everything matching the filter</source>
        <translation>Reconocer todo lo que coincide con el filtro</translation>
    </message>
    <message numerus="yes">
        <source>Acknowledge %n exception(s)</source>
        <translation>
            <numerusform>Reconocer %n incidencia</numerusform>
            <numerusform>Reconocer %n incidencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every exception matching the filter (%n now) leaves the open queue. It stays in reports and exports.</source>
        <translation>
            <numerusform>Todas las incidencias que coinciden con el filtro (%n ahora) salen de la cola de abiertas. Siguen en los informes y las exportaciones.</numerusform>
            <numerusform>Todas las incidencias que coinciden con el filtro (%n ahora) salen de la cola de abiertas. Siguen en los informes y las exportaciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exception(s) leave the open queue. They stay in reports and exports.</source>
        <translation>
            <numerusform>%n incidencia sale de la cola de abiertas. Sigue en los informes y las exportaciones.</numerusform>
            <numerusform>%n incidencias salen de la cola de abiertas. Siguen en los informes y las exportaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>What was done, so the next person knows (required)</source>
        <translation>Qué se hizo, para que la siguiente persona lo sepa (obligatorio)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Reconocer</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolución:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Write a note first: an acknowledgement without one cannot be understood later.</source>
        <translation>Escribe antes una nota: un reconocimiento sin nota no se podrá entender más adelante.</translation>
    </message>
    <message>
        <source>What acknowledging means</source>
        <translation>Qué significa confirmar</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::ActionResultDialog</name>
    <message>
        <source>not found</source>
        <translation>no encontrada</translation>
    </message>
    <message>
        <source>changed since you opened it</source>
        <translation>modificada desde que la abriste</translation>
    </message>
    <message>
        <source>a note is required</source>
        <translation>se requiere una nota</translation>
    </message>
    <message>
        <source>claimed by another person</source>
        <translation>tomada por otra persona</translation>
    </message>
    <message>
        <source>not open</source>
        <translation>no está abierta</translation>
    </message>
    <message>
        <source>nothing to send again</source>
        <translation>nada que volver a enviar</translation>
    </message>
    <message>
        <source>edit not allowed</source>
        <translation>edición no permitida</translation>
    </message>
    <message>
        <source>needs the engine&apos;s configuration</source>
        <translation>necesita la configuración del motor</translation>
    </message>
    <message>
        <source>still failing</source>
        <translation>sigue fallando</translation>
    </message>
    <message>
        <source>database error</source>
        <translation>error de la base de datos</translation>
    </message>
    <message>
        <source>%1: the outcome</source>
        <translation>%1: el resultado</translation>
    </message>
    <message>
        <source>%1 did not run: %2</source>
        <translation>%1 no se ejecutó: %2</translation>
    </message>
    <message>
        <source>%1: nothing matched; nothing was changed.</source>
        <translation>%1: nada coincidió; no se cambió nada.</translation>
    </message>
    <message>
        <source>%1: %2 done, %3 refused.</source>
        <translation>%1: %2 hechas, %3 rechazadas.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Refused: %1.</source>
        <translation>Rechazada: %1.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Outcome per exception</source>
        <translation>Resultado por incidencia</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Incidencia</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Exception %1</source>
        <translation>Incidencia %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rechazada: %1</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::AlertRules</name>
    <message>
        <source>New cause in %1</source>
        <translation>Nueva causa en %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n open)</source>
        <translation>
            <numerusform>%1 (%n abierta)</numerusform>
            <numerusform>%1 (%n abiertas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new cause(s) of exceptions</source>
        <translation>
            <numerusform>%n nueva causa de incidencias</numerusform>
            <numerusform>%n nuevas causas de incidencias</numerusform>
        </translation>
    </message>
    <message>
        <source>Among them: %1</source>
        <translation>Entre ellas: %1</translation>
    </message>
    <message>
        <source>Spike of exceptions</source>
        <translation>Pico de incidencias</translation>
    </message>
    <message numerus="yes">
        <source>%n new exception(s) in the last %1.</source>
        <translation>
            <numerusform>%n nueva incidencia en los últimos %1.</numerusform>
            <numerusform>%n nuevas incidencias en los últimos %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warehouse cutoff approaching</source>
        <translation>Se acerca la hora de corte del almacén</translation>
    </message>
    <message numerus="yes">
        <source>%n open exception(s) pass the warehouse cutoff soon; the first %1.</source>
        <translation>
            <numerusform>%n incidencia abierta supera pronto la hora de corte del almacén, %1.</numerusform>
            <numerusform>%n incidencias abiertas superan pronto la hora de corte del almacén; la primera, %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 stopped syncing</source>
        <translation>%1 dejó de sincronizarse</translation>
    </message>
    <message>
        <source>No successful call to %1 for %2 (last at %3).</source>
        <translation>Ninguna llamada correcta a %1 desde hace %2 (la última: %3).</translation>
    </message>
    <message>
        <source>No successful call to %1 since the console started %2 ago.</source>
        <translation>Ninguna llamada correcta a %1 desde que se inició la consola hace %2.</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::AlertTray</name>
    <message>
        <source>Open Lockstep</source>
        <translation>Abrir Lockstep</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Lockstep: %n open exception(s)</source>
        <translation>
            <numerusform>Lockstep: %n incidencia abierta</numerusform>
            <numerusform>Lockstep: %n incidencias abiertas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lockstep::ui::AssignDialog</name>
    <message numerus="yes">
        <source>Assign %n exception(s)</source>
        <translation>
            <numerusform>Asignar %n incidencia</numerusform>
            <numerusform>Asignar %n incidencias</numerusform>
        </translation>
    </message>
    <message>
        <source>A &amp;person:</source>
        <translation>A una &amp;persona:</translation>
    </message>
    <message>
        <source>A &amp;team:</source>
        <translation>A un &amp;equipo:</translation>
    </message>
    <message>
        <source>&amp;Nobody (unassign)</source>
        <translation>A &amp;nadie (quitar asignación)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Sign-in name, e.g. j.moreno</source>
        <translation>Nombre de inicio de sesión, p. ej. j.moreno</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::AuditPage</name>
    <message>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha desde</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Fecha hasta</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>Filter by who, action or record (e.g. exception:17)</source>
        <translation>Filtrar por autor, acción o registro (p. ej. exception:17)</translation>
    </message>
    <message>
        <source>Filter the audit log</source>
        <translation>Filtrar el registro de auditoría</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Más recientes primero</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Más antiguas primero</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Nothing before</source>
        <translation>Nada antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Nothing after</source>
        <translation>Nada después</translation>
    </message>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>No se puede leer el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>No audit entries between these dates.</source>
        <translation>No hay entradas de auditoría entre estas fechas.</translation>
    </message>
    <message>
        <source>No audit entries between these dates match “%1”.</source>
        <translation>Ninguna entrada de auditoría entre estas fechas coincide con «%1».</translation>
    </message>
    <message numerus="yes">
        <source>Entries shown: %n; scroll down for more.</source>
        <translation>
            <numerusform>%n entrada mostrada; desplázate hacia abajo para ver más.</numerusform>
            <numerusform>%n entradas mostradas; desplázate hacia abajo para ver más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Entries: %n</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an entry to see the record before and after.</source>
        <translation>Selecciona una entrada para ver el registro antes y después.</translation>
    </message>
    <message>
        <source>%1 by %2 on %3, %4</source>
        <translation>%1 por %2 en %3, %4</translation>
    </message>
    <message>
        <source>%1. Note: %2</source>
        <translation>%1. Nota: %2</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
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
        <translation>Hora</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Antes → después</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::BeforeAfterView</name>
    <message>
        <source>The change</source>
        <translation>El cambio</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>Antes:</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Después:</translation>
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
        <translation>URL base</translation>
    </message>
    <message>
        <source>Consumer key</source>
        <translation>Clave de consumidor</translation>
    </message>
    <message>
        <source>Consumer secret</source>
        <translation>Secreto de consumidor</translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation>Secreto del webhook</translation>
    </message>
    <message>
        <source>commercetools</source>
        <translation>commercetools</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>URL de la API</translation>
    </message>
    <message>
        <source>Authorisation URL</source>
        <translation>URL de autorización</translation>
    </message>
    <message>
        <source>Project key</source>
        <translation>Clave del proyecto</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>Warehouse (Deposco)</source>
        <translation>Almacén (Deposco)</translation>
    </message>
    <message>
        <source>Availability URL</source>
        <translation>URL de disponibilidad</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Unidad de negocio</translation>
    </message>
    <message>
        <source>Addresses and ids of the systems Lockstep connects. Secrets go to this computer&apos;s keychain and are never shown again or written in the configuration file.</source>
        <translation>Direcciones e identificadores de los sistemas a los que se conecta Lockstep. Los secretos van al llavero de este equipo y nunca se vuelven a mostrar ni se escriben en el archivo de configuración.</translation>
    </message>
    <message>
        <source>%1 (not in use)</source>
        <translation>%1 (no se usa)</translation>
    </message>
    <message>
        <source>Checked: Lockstep syncs with this system.</source>
        <translation>Marcado: Lockstep se sincroniza con este sistema.</translation>
    </message>
    <message>
        <source>Store tills (Square)</source>
        <translation>Cajas de las tiendas (Square)</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::ConnectorStatus</name>
    <message>
        <source>Connectors</source>
        <translation>Conectores</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>reintentando</translation>
    </message>
    <message>
        <source>circuit open</source>
        <translation>circuito abierto</translation>
    </message>
    <message>
        <source>trying again</source>
        <translation>volviendo a intentar</translation>
    </message>
    <message>
        <source>circuit open until %1</source>
        <translation>circuito abierto hasta las %1</translation>
    </message>
    <message numerus="yes">
        <source>retrying %n call(s)</source>
        <translation>
            <numerusform>reintentando %n llamada</numerusform>
            <numerusform>reintentando %n llamadas</numerusform>
        </translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>última sincronización %1</translation>
    </message>
    <message>
        <source>no successful sync yet</source>
        <translation>aún ninguna sincronización correcta</translation>
    </message>
    <message>
        <source>%1: %2 · %3</source>
        <translation>%1: %2 · %3</translation>
    </message>
    <message>
        <source>Connector %1</source>
        <translation>Conector %1</translation>
    </message>
    <message>
        <source>%1
Last error: %2</source>
        <translation>%1
Último error: %2</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::CustomFieldDialog</name>
    <message>
        <source>Map a checkout field</source>
        <translation>Mapear un campo del checkout</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapear</translation>
    </message>
    <message>
        <source>Checkout field</source>
        <translation>Campo del checkout</translation>
    </message>
    <message>
        <source>WMS field</source>
        <translation>Campo del WMS</translation>
    </message>
    <message>
        <source>The field name the WMS expects, e.g. giftMessage</source>
        <translation>El nombre de campo que espera el WMS, p. ej. giftMessage</translation>
    </message>
    <message>
        <source>The mapping is kept: later orders carry the field to the warehouse, and an order not yet sent carries it too.</source>
        <translation>El mapeo se conserva: los pedidos posteriores llevan el campo al almacén, y también un pedido aún no enviado.</translation>
    </message>
    <message>
        <source>&amp;Checkout field:</source>
        <translation>Campo del &amp;checkout:</translation>
    </message>
    <message>
        <source>&amp;WMS field:</source>
        <translation>Campo del &amp;WMS:</translation>
    </message>
    <message>
        <source>%1 → not sent to the warehouse</source>
        <translation>%1 → no se envía al almacén</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Name the WMS field.</source>
        <translation>Indica el campo del WMS.</translation>
    </message>
    <message>
        <source>%1 → %2 (this order: “%3”)</source>
        <translation>%1 → %2 (este pedido: «%3»)</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Time span</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Last 24 hours, per hour</source>
        <translation>Últimas 24 horas, por hora</translation>
    </message>
    <message>
        <source>Last 14 days, per day</source>
        <translation>Últimos 14 días, por día</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Read the figures again now (F5)</source>
        <translation>Volver a leer las cifras ahora (F5)</translation>
    </message>
    <message>
        <source>Open the %1 queue</source>
        <translation>Abrir la cola «%1»</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Realizados</translation>
    </message>
    <message>
        <source>Acknowledged by the warehouse</source>
        <translation>Confirmados por el almacén</translation>
    </message>
    <message>
        <source>Oldest open exception per type</source>
        <translation>Incidencia abierta más antigua por tipo</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Nivel de servicio</translation>
    </message>
    <message>
        <source>Orders placed and acknowledged by the warehouse</source>
        <translation>Pedidos realizados y confirmados por el almacén</translation>
    </message>
    <message>
        <source>Unresolved exceptions by type</source>
        <translation>Incidencias sin resolver por tipo</translation>
    </message>
    <message>
        <source>Sync lag per connector</source>
        <translation>Retraso de sincronización por conector</translation>
    </message>
    <message>
        <source>Oldest open exception against its service level</source>
        <translation>Incidencia abierta más antigua frente a su nivel de servicio</translation>
    </message>
    <message>
        <source>Cannot read the database: %1</source>
        <translation>No se puede leer la base de datos: %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Actualizado a las %1</translation>
    </message>
    <message>
        <source>Cannot read the orders: %1</source>
        <translation>No se pueden leer los pedidos: %1</translation>
    </message>
    <message>
        <source>No backlog: the warehouse has acknowledged every paid order in this span.</source>
        <translation>Sin acumulación: el almacén ha confirmado todos los pedidos pagados en este periodo.</translation>
    </message>
    <message numerus="yes">
        <source>Paid orders not yet acknowledged by the warehouse: %n</source>
        <translation>
            <numerusform>Pedidos pagados aún no confirmados por el almacén: %n</numerusform>
            <numerusform>Pedidos pagados aún no confirmados por el almacén: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No orders in the last 24 hours.</source>
        <translation>No hay pedidos en las últimas 24 horas.</translation>
    </message>
    <message>
        <source>No orders in the last 14 days.</source>
        <translation>No hay pedidos en los últimos 14 días.</translation>
    </message>
    <message>
        <source>Cannot read the exceptions: %1</source>
        <translation>No se pueden leer las incidencias: %1</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Reconocidas</translation>
    </message>
    <message>
        <source>No unresolved exceptions: everything is in step.</source>
        <translation>No hay incidencias sin resolver: todo está sincronizado.</translation>
    </message>
    <message>
        <source>Cannot read the sync state: %1</source>
        <translation>No se puede leer el estado de sincronización: %1</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Al día</translation>
    </message>
    <message numerus="yes">
        <source>Behind (over %n min)</source>
        <translation>
            <numerusform>Con retraso (más de %n min)</numerusform>
            <numerusform>Con retraso (más de %n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>No connector has synced yet.</source>
        <translation>Ningún conector se ha sincronizado todavía.</translation>
    </message>
    <message>
        <source>No service level</source>
        <translation>Sin nivel de servicio</translation>
    </message>
    <message>
        <source>Overdue by %1</source>
        <translation>Vencido hace %1</translation>
    </message>
    <message>
        <source>Due in %1</source>
        <translation>Vence en %1</translation>
    </message>
    <message>
        <source>Open since %1</source>
        <translation>Abierta desde el %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Vence: %1</translation>
    </message>
    <message>
        <source>No open exceptions: nothing is waiting.</source>
        <translation>No hay incidencias abiertas: nada está en espera.</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::DeskExecutor</name>
    <message>
        <source>The database cannot be written: %1</source>
        <translation>No se puede escribir en la base de datos: %1</translation>
    </message>
    <message>
        <source>Checking both systems needs the engine, and none runs on this store now: start the engine&apos;s service (or a console with the configuration), then check again.</source>
        <translation>Comprobar ambos sistemas necesita el motor, y ahora no se ejecuta ninguno en este almacén: inicie el servicio del motor (o una consola con la configuración) y vuelva a comprobar.</translation>
    </message>
    <message>
        <source>The exceptions to act on cannot be read: %1</source>
        <translation>No se pueden leer las excepciones sobre las que actuar: %1</translation>
    </message>
    <message>
        <source>The request cannot be left for the engine: %1</source>
        <translation>La solicitud no se puede dejar para el motor: %1</translation>
    </message>
    <message>
        <source>The engine&apos;s answer cannot be read: %1</source>
        <translation>No se puede leer la respuesta del motor: %1</translation>
    </message>
    <message>
        <source>The engine stopped while it ran this, before it finished. What it did is in the exception&apos;s history: look there before you try again.</source>
        <translation>El motor se detuvo mientras ejecutaba esto, antes de terminar. Lo que hizo está en el historial de la excepción: revíselo antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>The request was taken back before an engine ran it.</source>
        <translation>La solicitud se retiró antes de que un motor la ejecutara.</translation>
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
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 w %2 d</source>
        <translation>%1 sem %2 d</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>hace %1</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operaciones</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>Atención al cliente</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finanzas</translation>
    </message>
    <message>
        <source>eCommerce</source>
        <translation>Comercio electrónico</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Reconocida</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>se rechazó la conexión</translation>
    </message>
    <message>
        <source>the other side closed the connection</source>
        <translation>el otro extremo cerró la conexión</translation>
    </message>
    <message>
        <source>the server&apos;s name was not found</source>
        <translation>no se encontró el nombre del servidor</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>el servidor no respondió a tiempo</translation>
    </message>
    <message>
        <source>the call was cancelled</source>
        <translation>la llamada se canceló</translation>
    </message>
    <message>
        <source>a secure connection could not be set up</source>
        <translation>no se pudo establecer una conexión segura</translation>
    </message>
    <message>
        <source>the network failed</source>
        <translation>falló la red</translation>
    </message>
    <message>
        <source>the proxy failed</source>
        <translation>falló el proxy</translation>
    </message>
    <message>
        <source>the server asked for a sign-in</source>
        <translation>el servidor pidió iniciar sesión</translation>
    </message>
    <message>
        <source>the server refused access</source>
        <translation>el servidor denegó el acceso</translation>
    </message>
    <message>
        <source>the server does not know this address</source>
        <translation>el servidor no conoce esta dirección</translation>
    </message>
    <message>
        <source>the server sent the call elsewhere</source>
        <translation>el servidor redirigió la llamada</translation>
    </message>
    <message>
        <source>the server failed</source>
        <translation>el servidor falló</translation>
    </message>
    <message>
        <source>the call failed</source>
        <translation>la llamada falló</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Raised again</source>
        <translation>Abierta de nuevo</translation>
    </message>
    <message>
        <source>Resolved by the engine</source>
        <translation>Resuelta por el motor</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Reconocer</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Tomar</translation>
    </message>
    <message>
        <source>Release claim</source>
        <translation>Liberar</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Check both systems</source>
        <translation>Comprobar ambos sistemas</translation>
    </message>
    <message>
        <source>SKU mapped</source>
        <translation>SKU asignado</translation>
    </message>
    <message>
        <source>Facility chosen</source>
        <translation>Centro elegido</translation>
    </message>
    <message>
        <source>Custom field mapped</source>
        <translation>Campo personalizado asignado</translation>
    </message>
    <message>
        <source>Order line changed</source>
        <translation>Línea del pedido cambiada</translation>
    </message>
    <message>
        <source>Exception %1</source>
        <translation>Incidencia %1</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Pedido %1</translation>
    </message>
    <message>
        <source>SKU mapping %1</source>
        <translation>Asignación de SKU %1</translation>
    </message>
    <message>
        <source>Custom field mapping %1</source>
        <translation>Asignación de campo personalizado %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Asignada a</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>Tomada por</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Warehouse SKU</source>
        <translation>SKU del almacén</translation>
    </message>
    <message>
        <source>Warehouse field</source>
        <translation>Campo del almacén</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>el servidor</translation>
    </message>
    <message>
        <source>Sent without a line</source>
        <translation>Enviado sin una línea</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>SKU not in the item master</source>
        <translation>SKU no está en el maestro de artículos</translation>
    </message>
    <message>
        <source>SKU used twice in the storefront</source>
        <translation>SKU usado dos veces en la tienda</translation>
    </message>
    <message>
        <source>Variation shares its parent&apos;s SKU</source>
        <translation>La variante comparte el SKU de su artículo padre</translation>
    </message>
    <message>
        <source>Bundle component not in the item master</source>
        <translation>Componente del lote no está en el maestro de artículos</translation>
    </message>
    <message>
        <source>No stock to allocate</source>
        <translation>Sin stock que asignar</translation>
    </message>
    <message>
        <source>Order values the warehouse refuses</source>
        <translation>Valores del pedido que el almacén rechaza</translation>
    </message>
    <message>
        <source>Channel maps to no facility</source>
        <translation>El canal no corresponde a ningún centro</translation>
    </message>
    <message>
        <source>Checkout field without a mapping</source>
        <translation>Campo del checkout sin correspondencia</translation>
    </message>
    <message>
        <source>Cancelled after the warehouse locked it</source>
        <translation>Cancelado después de que el almacén lo bloqueara</translation>
    </message>
    <message>
        <source>Not acknowledged by the warehouse</source>
        <translation>No confirmado por el almacén</translation>
    </message>
    <message>
        <source>Sending to the warehouse given up</source>
        <translation>Envío al almacén abandonado</translation>
    </message>
    <message>
        <source>Refused by the warehouse</source>
        <translation>Rechazado por el almacén</translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation>Esperando el pago</translation>
    </message>
    <message>
        <source>Storefront status behind the warehouse</source>
        <translation>Estado de la tienda por detrás del almacén</translation>
    </message>
    <message>
        <source>Order value differs</source>
        <translation>El importe del pedido difiere</translation>
    </message>
    <message>
        <source>Shipment confirmation missing</source>
        <translation>Falta la confirmación de envío</translation>
    </message>
    <message>
        <source>Storefront stock differs from the warehouse</source>
        <translation>El stock de la tienda difiere del almacén</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Warehouse asked to intercept</source>
        <translation>Se pidió al almacén interceptarlo</translation>
    </message>
    <message>
        <source>Handed to customer service</source>
        <translation>Pasado a atención al cliente</translation>
    </message>
    <message>
        <source>Store sale not taken off the warehouse&apos;s stock</source>
        <translation>Venta de tienda no descontada del stock del almacén</translation>
    </message>
    <message>
        <source>Stock move applied twice at the warehouse</source>
        <translation>Movimiento de stock aplicado dos veces en el almacén</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::FacilityDialog</name>
    <message>
        <source>Choose a facility for order %1</source>
        <translation>Elige un centro para el pedido %1</translation>
    </message>
    <message>
        <source>Route and retry</source>
        <translation>Enrutar y reintentar</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 available</source>
        <translation>%1 — %2 de %3 disponibles</translation>
    </message>
    <message>
        <source>The order is sent to the facility you choose; the choice is kept for this order only.</source>
        <translation>El pedido se envía al centro que elijas; la elección se conserva solo para este pedido.</translation>
    </message>
    <message>
        <source>&amp;Facility:</source>
        <translation>&amp;Centro:</translation>
    </message>
    <message>
        <source>Order %1 → no facility</source>
        <translation>Pedido %1 → ningún centro</translation>
    </message>
    <message>
        <source>Order %1 → %2</source>
        <translation>Pedido %1 → %2</translation>
    </message>
    <message>
        <source>Choose a facility.</source>
        <translation>Elige un centro.</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::InterceptDialog</name>
    <message>
        <source>Ask the warehouse to intercept order %1</source>
        <translation>Pedir al almacén que intercepte el pedido %1</translation>
    </message>
    <message>
        <source>The warehouse released this order before the cancellation reached it, and Deposco takes no hold or note once an order is released: ask the warehouse team yourself, by phone or mail, to pull it before the carrier collects it. Lockstep keeps your request and follows the order: the exception resolves when the warehouse cancels it, and goes to customer service for a return if the carrier collects it.</source>
        <translation>El almacén liberó este pedido antes de que llegara la cancelación, y Deposco no admite bloqueo ni nota una vez liberado: pida usted mismo al equipo del almacén, por teléfono o correo, que lo retire antes de que lo recoja el transportista. Lockstep guarda su petición y sigue el pedido: la excepción se resuelve cuando el almacén lo cancela, y pasa a atención al cliente para una devolución si el transportista lo recoge.</translation>
    </message>
    <message>
        <source>Message for the warehouse</source>
        <translation>Mensaje para el almacén</translation>
    </message>
    <message>
        <source>&amp;Copy message</source>
        <translation>&amp;Copiar mensaje</translation>
    </message>
    <message>
        <source>Write an &amp;email…</source>
        <translation>Escribir un &amp;correo…</translation>
    </message>
    <message>
        <source>How you asked</source>
        <translation>Cómo lo pidió</translation>
    </message>
    <message>
        <source>e.g. called the shift lead at %1 (required)</source>
        <translation>p. ej., llamé al jefe de turno de %1 (obligatorio)</translation>
    </message>
    <message>
        <source>the warehouse</source>
        <translation>el almacén</translation>
    </message>
    <message>
        <source>Keep the request</source>
        <translation>Guardar la petición</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Mensaje:</translation>
    </message>
    <message>
        <source>&amp;How you asked:</source>
        <translation>&amp;Cómo lo pidió:</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copiado.</translation>
    </message>
    <message>
        <source>Please intercept order %1</source>
        <translation>Por favor, intercepten el pedido %1</translation>
    </message>
    <message>
        <source>No mail program answered: copy the message instead.</source>
        <translation>Ningún programa de correo respondió: copie el mensaje.</translation>
    </message>
    <message>
        <source>Please pull order %1 at %2 before the carrier collects it, and cancel it in Deposco.
The customer cancelled it in the storefront after the warehouse had released it.
%3
Lockstep exception %4.</source>
        <translation>Retiren el pedido %1 en %2 antes de que lo recoja el transportista y cancélenlo en Deposco.
El cliente lo canceló en la tienda después de que el almacén lo liberara.
%3
Excepción de Lockstep %4.</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::KeyValueTable</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Añadir una fila</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation>Quitar las filas seleccionadas</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::LifecycleModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::LineAdjustDialog</name>
    <message>
        <source>Adjust a line of order %1</source>
        <translation>Ajustar una línea del pedido %1</translation>
    </message>
    <message>
        <source>Adjust and retry</source>
        <translation>Ajustar y reintentar</translation>
    </message>
    <message>
        <source>About this order</source>
        <translation>Sobre este pedido</translation>
    </message>
    <message>
        <source>Cannot read the waiting warehouse order: %1</source>
        <translation>No se puede leer el pedido de almacén pendiente: %1</translation>
    </message>
    <message>
        <source>Order %1 has no warehouse order waiting to be sent, so there is no line to adjust. Fix what holds it (a SKU mapping, a facility) instead.</source>
        <translation>El pedido %1 no tiene ningún pedido de almacén pendiente de envío, así que no hay ninguna línea que ajustar. Corrige lo que lo retiene (un mapeo de SKU, un centro).</translation>
    </message>
    <message>
        <source>Order %1 is already at the warehouse; change it there.</source>
        <translation>El pedido %1 ya está en el almacén; cámbialo allí.</translation>
    </message>
    <message>
        <source>Change one line of the order waiting to be sent to %1; it is then sent again under the same idempotency key.</source>
        <translation>Cambia una línea del pedido pendiente de envío a %1; después se vuelve a enviar con la misma clave de idempotencia.</translation>
    </message>
    <message>
        <source>The waiting warehouse order cannot be read: %1</source>
        <translation>No se puede leer el pedido de almacén pendiente: %1</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>WMS SKU</source>
        <translation>SKU del WMS</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>New WMS SKU</source>
        <translation>Nuevo SKU del WMS</translation>
    </message>
    <message>
        <source>Leave empty to keep the item</source>
        <translation>Déjalo vacío para conservar el artículo</translation>
    </message>
    <message>
        <source>New quantity</source>
        <translation>Nueva cantidad</translation>
    </message>
    <message>
        <source>WMS &amp;SKU:</source>
        <translation>&amp;SKU del WMS:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Cantidad:</translation>
    </message>
    <message>
        <source>Line %1: %2 × %3</source>
        <translation>Línea %1: %2 × %3</translation>
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
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>Engine: not running</source>
        <translation>Motor: detenido</translation>
    </message>
    <message>
        <source>Every record of this kind that fell out of step, with its reason, the suggested action, and Retry, Edit and Acknowledge.</source>
        <translation>Cada registro de este tipo que se ha desincronizado, con su motivo, la acción sugerida y Reintentar, Editar y Reconocer.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Lockstep</source>
        <translation>&amp;Acerca de Lockstep</translation>
    </message>
    <message>
        <source>About Lockstep</source>
        <translation>Acerca de Lockstep</translation>
    </message>
    <message>
        <source>Lockstep %1
Keeps storefronts and the warehouse in lockstep, and shows people the records that fell out of step.</source>
        <translation>Lockstep %1
Mantiene sincronizados las tiendas y el almacén, y muestra a las personas los registros que se han desincronizado.</translation>
    </message>
    <message>
        <source>Cannot read the database: %1</source>
        <translation>No se puede leer la base de datos: %1</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Pedido %1</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation>Motor: %1</translation>
    </message>
    <message>
        <source>Engine activity</source>
        <translation>Actividad del motor</translation>
    </message>
    <message>
        <source>Lockstep — demo (sandbox)</source>
        <translation>Lockstep — demo (entorno de pruebas)</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Abrir la carpeta de &amp;registros</translation>
    </message>
    <message>
        <source>The log folder %1 could not be opened.</source>
        <translation>No se pudo abrir la carpeta de registros %1.</translation>
    </message>
    <message>
        <source>Engine jobs</source>
        <translation>Tareas del motor</translation>
    </message>
    <message>
        <source>Orders from %1</source>
        <translation>Pedidos de %1</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Warehouse news</source>
        <translation>Novedades del almacén</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>Last job: %1 at %2</source>
        <translation>Última tarea: %1 a las %2</translation>
    </message>
    <message>
        <source>%1: last ran at %2</source>
        <translation>%1: última ejecución a las %2</translation>
    </message>
    <message>
        <source>runs in another program (%1); this console shows its work</source>
        <translation>se ejecuta en otro programa (%1); esta consola muestra su trabajo</translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation>Configuración sin guardar</translation>
    </message>
    <message>
        <source>The settings have changes that are not saved. Save them before quitting?</source>
        <translation>La configuración tiene cambios sin guardar. ¿Guardarlos antes de salir?</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>The database server does not answer: %1</source>
        <translation>El servidor de base de datos no responde: %1</translation>
    </message>
    <message>
        <source>The database server answers again; everything is read again.</source>
        <translation>El servidor de base de datos vuelve a responder; se vuelve a leer todo.</translation>
    </message>
    <message>
        <source>Database: %1 not answering since %2</source>
        <translation>Base de datos: %1 no responde desde las %2</translation>
    </message>
    <message>
        <source>Engine: none runs on this store (actions work; sends wait for an engine)</source>
        <translation>Motor: ninguno se ejecuta en este almacén (las acciones funcionan; los envíos esperan a un motor)</translation>
    </message>
    <message>
        <source>Engine: %1 on %2, since %3</source>
        <translation>Motor: %1 en %2, desde %3</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::Navigation</name>
    <message>
        <source>Failed allocations</source>
        <translation>Asignaciones de stock fallidas</translation>
    </message>
    <message>
        <source>SKU mismatches</source>
        <translation>Discrepancias de SKU</translation>
    </message>
    <message>
        <source>Stuck pending orders</source>
        <translation>Pedidos pendientes atascados</translation>
    </message>
    <message>
        <source>Cancellations past cutoff</source>
        <translation>Cancelaciones tras la hora de corte</translation>
    </message>
    <message>
        <source>Shipment confirmations missing</source>
        <translation>Confirmaciones de envío ausentes</translation>
    </message>
    <message>
        <source>Order totals mismatches</source>
        <translation>Discrepancias de importe del pedido</translation>
    </message>
    <message>
        <source>Inventory drift</source>
        <translation>Desviaciones de inventario</translation>
    </message>
    <message>
        <source>Unmapped checkout fields</source>
        <translation>Campos de checkout sin mapear</translation>
    </message>
    <message>
        <source>Facility routing failures</source>
        <translation>Errores de asignación de centro</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Colas</translation>
    </message>
    <message>
        <source>Other exceptions</source>
        <translation>Otras incidencias</translation>
    </message>
    <message>
        <source>Order lookup</source>
        <translation>Búsqueda de pedidos</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n open</source>
        <translation>
            <numerusform>%1, %n abierta</numerusform>
            <numerusform>%1, %n abiertas</numerusform>
        </translation>
    </message>
    <message>
        <source>Till returns not at the warehouse</source>
        <translation>Devoluciones de caja sin llegar al almacén</translation>
    </message>
    <message>
        <source>Store sales not at the warehouse</source>
        <translation>Ventas de tienda no en el almacén</translation>
    </message>
    <message>
        <source>Stock moved twice (sync loop)</source>
        <translation>Stock movido dos veces</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::OrderLookupPage</name>
    <message>
        <source>Order lookup</source>
        <translation>Búsqueda de pedidos</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>Buscar pedidos</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Matching orders</source>
        <translation>Pedidos coincidentes</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Realizado</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>&amp;Copy as text</source>
        <translation>&amp;Copiar como texto</translation>
    </message>
    <message>
        <source>Copy a plain summary for a reply to the customer (Ctrl+Shift+C)</source>
        <translation>Copiar un resumen sencillo para responder al cliente (Ctrl+Mayús+C)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Order timeline</source>
        <translation>Cronología del pedido</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Incidencias</translation>
    </message>
    <message>
        <source>Exceptions about this order</source>
        <translation>Incidencias de este pedido</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Redo the failed step now</source>
        <translation>Repetir ahora el paso fallido</translation>
    </message>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation>Rec&amp;onocer…</translation>
    </message>
    <message>
        <source>Take this exception, with a note</source>
        <translation>Reconocer esta incidencia, con una nota</translation>
    </message>
    <message>
        <source>No exceptions: nothing about this order needs a person.</source>
        <translation>Sin incidencias: nada de este pedido requiere intervención.</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La búsqueda ha fallado: %1</translation>
    </message>
    <message numerus="yes">
        <source>More than %n orders match; showing the newest. Search by order number to narrow it.</source>
        <translation>
            <numerusform>Coincide más de %n pedido; se muestran los más recientes. Busca por número de pedido para acotar.</numerusform>
            <numerusform>Coinciden más de %n pedidos; se muestran los más recientes. Busca por número de pedido para acotar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orders match; choose one.</source>
        <translation>
            <numerusform>Coincide %n pedido; elígelo.</numerusform>
            <numerusform>Coinciden %n pedidos; elige uno.</numerusform>
        </translation>
    </message>
    <message>
        <source>The order is no longer in the database.</source>
        <translation>El pedido ya no está en la base de datos.</translation>
    </message>
    <message>
        <source>Cannot read the order: %1</source>
        <translation>No se puede leer el pedido: %1</translation>
    </message>
    <message>
        <source>Cannot read the order&apos;s history: %1</source>
        <translation>No se puede leer el historial del pedido: %1</translation>
    </message>
    <message>
        <source>Order %1 in %2</source>
        <translation>Pedido %1 en %2</translation>
    </message>
    <message>
        <source>placed %1</source>
        <translation>realizado el %1</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>warehouse order at %1 since %2</source>
        <translation>pedido de almacén en %1 desde el %2</translation>
    </message>
    <message>
        <source>%1 × %2 (%3)</source>
        <translation>%1 × %2 (%3)</translation>
    </message>
    <message>
        <source>No items</source>
        <translation>Sin artículos</translation>
    </message>
    <message>
        <source>Timeline: no events recorded yet</source>
        <translation>Cronología: aún no hay eventos registrados</translation>
    </message>
    <message numerus="yes">
        <source>Timeline (%n)</source>
        <translation>
            <numerusform>Cronología (%n)</numerusform>
            <numerusform>Cronología (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exceptions (%n)</source>
        <translation>
            <numerusform>Incidencias (%n)</numerusform>
            <numerusform>Incidencias (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied a summary of order %1 to the clipboard.</source>
        <translation>Resumen del pedido %1 copiado al portapapeles.</translation>
    </message>
    <message>
        <source>Order number (#1072), customer name or email (or how it starts), storefront id or tracking number</source>
        <translation>Número de pedido (#1072), nombre o correo del cliente (o su comienzo), id de la tienda o número de seguimiento</translation>
    </message>
    <message>
        <source>Type an order number, the customer&apos;s name or email (the first letters are enough), a storefront order id or a tracking number, then press Enter.</source>
        <translation>Escribe un número de pedido, el nombre o el correo del cliente (bastan las primeras letras), un id de pedido de la tienda o un número de seguimiento y pulsa Intro.</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <source>Type an order number, the customer&apos;s name or email, a storefront order id or a tracking number.</source>
        <translation>Escribe un número de pedido, el nombre o el correo del cliente, un id de pedido de la tienda o un número de seguimiento.</translation>
    </message>
    <message>
        <source>No order matches “%1”. Try the order number, the start of the customer&apos;s name or email, or a tracking number.</source>
        <translation>Ningún pedido coincide con «%1». Prueba con el número de pedido, el comienzo del nombre o del correo del cliente, o un número de seguimiento.</translation>
    </message>
    <message>
        <source>Track %1 %2</source>
        <translation>Seguir %1 %2</translation>
    </message>
    <message>
        <source>Open in %1</source>
        <translation>Abrir en %1</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Vence ahora</translation>
    </message>
    <message>
        <source>Ask to &amp;intercept…</source>
        <translation>Pedir &amp;interceptar…</translation>
    </message>
    <message>
        <source>Ask the warehouse to pull the order before the carrier collects it</source>
        <translation>Pedir al almacén que retire el pedido antes de que lo recoja el transportista</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
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
        <translation>Pedido %1</translation>
    </message>
    <message numerus="yes">
        <source>Retry %n exception(s) now?</source>
        <translation>
            <numerusform>¿Reintentar ahora %n incidencia?</numerusform>
            <numerusform>¿Reintentar ahora %n incidencias?</numerusform>
        </translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation>…y %1 más.</translation>
    </message>
    <message>
        <source>The warehouse is asked first whether it already has each order; nothing is sent twice.</source>
        <translation>Primero se pregunta al almacén si ya tiene cada pedido; nada se envía dos veces.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Reconocer</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Tomar</translation>
    </message>
    <message>
        <source>Release claim</source>
        <translation>Liberar</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>The engine is not running: %1 was not sent.</source>
        <translation>El motor no está en ejecución: %1 no se envió.</translation>
    </message>
    <message>
        <source>%1: everything matching the filter…</source>
        <translation>%1: todo lo que coincide con el filtro…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n exception(s)…</source>
        <translation>
            <numerusform>%1: %n incidencia…</numerusform>
            <numerusform>%1: %n incidencias…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sent to the engine…</source>
        <translation>%1 enviado al motor…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 done, %3 refused.</source>
        <translation>%1: %2 hechas, %3 rechazadas.</translation>
    </message>
    <message>
        <source>%1 did not run: %2</source>
        <translation>%1 no se ejecutó: %2</translation>
    </message>
    <message>
        <source>Everything matching the filter: %1.</source>
        <translation>Todo lo que coincide con el filtro: %1.</translation>
    </message>
    <message>
        <source>%1 is not part of the work of the role &quot;%2&quot;; nothing was sent.</source>
        <translation>%1 no forma parte del trabajo del rol «%2»; no se ha enviado nada.</translation>
    </message>
    <message numerus="yes">
        <source>Send %n order(s) to the facility you chose?</source>
        <translation>
            <numerusform>¿Enviar %n pedido al centro elegido?</numerusform>
            <numerusform>¿Enviar %n pedidos al centro elegido?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Claim %n exception(s)?</source>
        <translation>
            <numerusform>¿Tomar %n incidencia?</numerusform>
            <numerusform>¿Tomar %n incidencias?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Release the claim on %n exception(s)?</source>
        <translation>
            <numerusform>¿Liberar %n incidencia?</numerusform>
            <numerusform>¿Liberar %n incidencias?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reopen %n exception(s)?</source>
        <translation>
            <numerusform>¿Reabrir %n incidencia?</numerusform>
            <numerusform>¿Reabrir %n incidencias?</numerusform>
        </translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
    <message numerus="yes">
        <source>Acknowledging does not send %n order(s) to the warehouse (%1): each stays paid and unsent in Lockstep, and reappears as a stuck pending order when its time is up. Acknowledge only if the order is handled outside Lockstep (entered in the WMS by hand, cancelled with the customer). To ship it, map the SKU or send the order without that line (Edit).</source>
        <translation>
            <numerusform>Confirmar no envía %n pedido al almacén (%1): queda pagado y sin enviar en Lockstep, y reaparece como pedido pendiente atascado cuando se cumple su plazo. Confirme solo si el pedido se gestiona fuera de Lockstep (introducido a mano en el WMS, cancelado con el cliente). Para enviarlo, asigne el SKU o envíe el pedido sin esa línea (Editar).</numerusform>
            <numerusform>Confirmar no envía %n pedidos al almacén (%1): cada uno queda pagado y sin enviar en Lockstep, y reaparece como pedido pendiente atascado cuando se cumple su plazo. Confirme solo si el pedido se gestiona fuera de Lockstep (introducido a mano en el WMS, cancelado con el cliente). Para enviarlo, asigne el SKU o envíe el pedido sin esa línea (Editar).</numerusform>
        </translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Ask to intercept</source>
        <translation>Pedir interceptar</translation>
    </message>
    <message>
        <source>Cannot read what the edit shows: %1</source>
        <translation>No se puede leer lo que muestra la edición: %1</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::QueueDetailPanel</name>
    <message>
        <source>Exception details</source>
        <translation>Detalles de la incidencia</translation>
    </message>
    <message>
        <source>Select an exception to see its reason, facts, payload and history.</source>
        <translation>Selecciona una incidencia para ver su motivo, sus datos, su contenido y su historial.</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Incidencia</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation>Acción sugerida</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Detectada por primera vez</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Detectada por última vez</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>SLA due</source>
        <translation>Vencimiento del SLA</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Cutoff</source>
        <translation>Hora de corte</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Asignada a</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Causa</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>Tomada por</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Pedido %1</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>Sugerido: %1</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1 (hace %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot read the history: %1</source>
        <translation>No se puede leer el historial: %1</translation>
    </message>
    <message>
        <source>No actions yet</source>
        <translation>Aún no hay acciones</translation>
    </message>
    <message>
        <source>Now at both systems</source>
        <translation>Ahora en ambos sistemas</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Add a comment for the people working on this</source>
        <translation>Añada un comentario para quienes trabajan en esto</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Nuevo comentario</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Comentar</translation>
    </message>
    <message>
        <source>Add the comment to this exception&apos;s thread (Enter)</source>
        <translation>Añadir el comentario al hilo de esta excepción (Intro)</translation>
    </message>
    <message>
        <source>Not part of the work of the role &quot;%1&quot; (change the role in Settings).</source>
        <translation>No forma parte del trabajo del rol «%1» (el rol se cambia en Configuración).</translation>
    </message>
    <message>
        <source>Cannot read the comments: %1</source>
        <translation>No se pueden leer los comentarios: %1</translation>
    </message>
    <message>
        <source>Comments (%1)</source>
        <translation>Comentarios (%1)</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::QueueFilterBar</name>
    <message>
        <source>Any age</source>
        <translation>Cualquier antigüedad</translation>
    </message>
    <message>
        <source>Older than 1 h</source>
        <translation>Más de 1 h</translation>
    </message>
    <message>
        <source>Older than 4 h</source>
        <translation>Más de 4 h</translation>
    </message>
    <message>
        <source>Older than 1 day</source>
        <translation>Más de 1 día</translation>
    </message>
    <message>
        <source>Older than 1 week</source>
        <translation>Más de 1 semana</translation>
    </message>
    <message>
        <source>Search order, SKU, facility or reason</source>
        <translation>Buscar pedido, SKU, centro o motivo</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>All facilities</source>
        <translation>Todos los centros</translation>
    </message>
    <message>
        <source>Owner team</source>
        <translation>Equipo responsable</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Todos los equipos</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mías</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Causa</translation>
    </message>
    <message>
        <source>Only the exceptions of one cause, with how many each has</source>
        <translation>Solo las excepciones de una causa, con cuántas tiene cada una</translation>
    </message>
    <message>
        <source>All causes</source>
        <translation>Todas las causas</translation>
    </message>
    <message>
        <source>Whose exceptions</source>
        <translation>De quién son las excepciones</translation>
    </message>
    <message>
        <source>Only the exceptions assigned to you</source>
        <translation>Solo las excepciones asignadas a usted</translation>
    </message>
    <message>
        <source>Only the exceptions assigned to nobody</source>
        <translation>Solo las excepciones sin asignar</translation>
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
        <translation>Vistas guardadas</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Guardar vista…</translation>
    </message>
    <message>
        <source>Save the current filter as a view</source>
        <translation>Guardar el filtro actual como vista</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Eliminar vista</translation>
    </message>
    <message>
        <source>Delete the selected view</source>
        <translation>Eliminar la vista seleccionada</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>%1 table</source>
        <translation>Tabla %1</translation>
    </message>
    <message>
        <source>Queue status</source>
        <translation>Estado de la cola</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Redo the failed step now</source>
        <translation>Repetir ahora el paso fallido</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Correct the record, then retry</source>
        <translation>Corregir el registro y reintentar</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>Reconocer…</translation>
    </message>
    <message>
        <source>Take it out of the open queue, with a note</source>
        <translation>Sacarla de la cola abierta, con una nota</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Asignar…</translation>
    </message>
    <message>
        <source>Give it to a person or team</source>
        <translation>Asignarla a una persona o un equipo</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Tomar</translation>
    </message>
    <message>
        <source>Take it yourself so nobody else works on it</source>
        <translation>Tomarla tú para que nadie más trabaje en ella</translation>
    </message>
    <message>
        <source>Open order</source>
        <translation>Abrir pedido</translation>
    </message>
    <message>
        <source>Show the order&apos;s lifecycle</source>
        <translation>Mostrar el ciclo de vida del pedido</translation>
    </message>
    <message>
        <source>%1 shown, counting… · %2</source>
        <translation>%1 mostradas, contando… · %2</translation>
    </message>
    <message>
        <source>%1 of %2 shown · %3</source>
        <translation>%1 de %2 mostradas · %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n selected</source>
        <translation>
            <numerusform>%1 · %n seleccionada</numerusform>
            <numerusform>%1 · %n seleccionadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing open here. Every record of this kind is in step.</source>
        <translation>No hay nada abierto aquí. Todos los registros de este tipo están sincronizados.</translation>
    </message>
    <message>
        <source>Nothing acknowledged in this queue.</source>
        <translation>No hay nada reconocido en esta cola.</translation>
    </message>
    <message>
        <source>Nothing resolved in this queue yet.</source>
        <translation>Aún no hay nada resuelto en esta cola.</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Guardar vista</translation>
    </message>
    <message>
        <source>Name for this filter:</source>
        <translation>Nombre para este filtro:</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Última acción</translation>
    </message>
    <message>
        <source>Release claim</source>
        <translation>Liberar</translation>
    </message>
    <message>
        <source>Let others work on it again</source>
        <translation>Dejar que otros vuelvan a trabajar en ella</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Put it back in the open queue</source>
        <translation>Devolverla a la cola de abiertas</translation>
    </message>
    <message>
        <source>Whole filter</source>
        <translation>Todo el filtro</translation>
    </message>
    <message>
        <source>Act on everything matching the filter, not only the selected rows (%1)</source>
        <translation>Actuar sobre todo lo que coincide con el filtro, no solo sobre las filas seleccionadas (%1)</translation>
    </message>
    <message>
        <source>Not part of the work of the role &quot;%1&quot; (change the role in Settings).</source>
        <translation>No forma parte del trabajo del rol «%1» (el rol se cambia en Configuración).</translation>
    </message>
    <message>
        <source>Nothing matches these filters. Clear the search or choose another facility, owner, age, cause or view.</source>
        <translation>Nada coincide con estos filtros. Borre la búsqueda o elija otro centro, equipo, antigüedad, causa o vista.</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>Save or delete a view</source>
        <translation>Guardar o eliminar una vista</translation>
    </message>
    <message>
        <source>Ask to intercept…</source>
        <translation>Pedir interceptar…</translation>
    </message>
    <message>
        <source>Ask the warehouse to pull the order before the carrier collects it</source>
        <translation>Pedir al almacén que retire el pedido antes de que lo recoja el transportista</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::QueueTableModel</name>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Detectada por última vez</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Cutoff</source>
        <translation>Hora de corte</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Asignada a</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>Tomada por</translation>
    </message>
    <message>
        <source>Cannot read the queue: %1</source>
        <translation>No se puede leer la cola: %1</translation>
    </message>
    <message>
        <source>First seen %1</source>
        <translation>Detectada por primera vez el %1</translation>
    </message>
    <message>
        <source>%1 (not sortable)</source>
        <translation>%1 (no ordenable)</translation>
    </message>
    <message>
        <source>Cannot count the queue: %1</source>
        <translation>No se puede contar la cola: %1</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::ReportsPage</name>
    <message>
        <source>Discrepancies</source>
        <translation>Discrepancias</translation>
    </message>
    <message>
        <source>Daily reconciliation</source>
        <translation>Conciliación diaria</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Incidencias</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Totals differ (tax, shipping, discount)</source>
        <translation>Los totales no coinciden (impuestos, envío, descuento)</translation>
    </message>
    <message>
        <source>Shipped, storefront never told</source>
        <translation>Enviado, la tienda nunca fue informada</translation>
    </message>
    <message>
        <source>Cancelled in the storefront but shipped</source>
        <translation>Cancelado en la tienda pero enviado</translation>
    </message>
    <message>
        <source>Refunded without a return</source>
        <translation>Reembolsado sin devolución</translation>
    </message>
    <message>
        <source>Stock drift</source>
        <translation>Desviación de stock</translation>
    </message>
    <message>
        <source>The preview could not be read: %1</source>
        <translation>No se pudo leer la vista previa: %1</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Actor, action or record contains…</source>
        <translation>El autor, la acción o el registro contiene…</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Informe:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>(UTC days, both included)</source>
        <translation>(días UTC, ambos incluidos)</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Días:</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filtro:</translation>
    </message>
    <message>
        <source>Contains:</source>
        <translation>Contiene:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Columnas:</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar a &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;Excel…</source>
        <translation>Exportar a &amp;Excel…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Abrir el archivo</translation>
    </message>
    <message>
        <source>Open its folder</source>
        <translation>Abrir su carpeta</translation>
    </message>
    <message>
        <source>Daily reconciliation: orders sold, shipped, cancelled or refunded</source>
        <translation>Conciliación diaria: pedidos vendidos, enviados, cancelados o reembolsados</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Every web storefront</source>
        <translation>Todas las tiendas web</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Every entry</source>
        <translation>Todas las entradas</translation>
    </message>
    <message>
        <source>The first day is after the last.</source>
        <translation>El primer día es posterior al último.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>Reading the orders behind %1…</source>
        <translation>Leyendo los pedidos detrás de %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) behind %1 %2 (%3); Preview shows the days again.</source>
        <translation>
            <numerusform>%n pedido detrás de %1 %2 (%3); Vista previa vuelve a mostrar los días.</numerusform>
            <numerusform>%n pedidos detrás de %1 %2 (%3); Vista previa vuelve a mostrar los días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s); the export holds them all.</source>
        <translation>
            <numerusform>Se muestra %n fila; la exportación la contiene.</numerusform>
            <numerusform>Se muestran las primeras %n filas; la exportación las contiene todas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in this range.</source>
        <translation>Nada en este intervalo.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n fila.</numerusform>
            <numerusform>%n filas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendidos</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Cancelled or refunded</source>
        <translation>Cancelados o reembolsados</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exportar el informe</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message numerus="yes">
        <source>Exporting: %n row(s) written…</source>
        <translation>
            <numerusform>Exportando: %n fila escrita…</numerusform>
            <numerusform>Exportando: %n filas escritas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>%n fila exportada a %1.</numerusform>
            <numerusform>%n filas exportadas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>The export failed and no file was written: %1</source>
        <translation>La exportación falló y no se escribió ningún archivo: %1</translation>
    </message>
    <message>
        <source>sold</source>
        <translation>vendidos</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>enviados</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelados</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>reembolsado</translation>
    </message>
    <message>
        <source>not yet shipped, cancelled or refunded</source>
        <translation>aún no enviados, cancelados ni reembolsados</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Asignada a</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Cancelled (orders)</source>
        <translation>Cancelados (pedidos)</translation>
    </message>
    <message>
        <source>Cancelled (value)</source>
        <translation>Cancelados (importe)</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transportista</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>Tomada por</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Not yet closed (orders)</source>
        <translation>Aún abiertos (pedidos)</translation>
    </message>
    <message>
        <source>Not yet closed (value)</source>
        <translation>Aún abiertos (importe)</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <source>Explained by</source>
        <translation>Explicado por</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Detectada por primera vez</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Detectada por última vez</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Realizado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Refunded (orders)</source>
        <translation>Reembolsados (pedidos)</translation>
    </message>
    <message>
        <source>Refunded (value)</source>
        <translation>Reembolsados (importe)</translation>
    </message>
    <message>
        <source>Sold (orders)</source>
        <translation>Vendidos (pedidos)</translation>
    </message>
    <message>
        <source>Sold (value)</source>
        <translation>Vendidos (importe)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Shipped (orders)</source>
        <translation>Enviados (pedidos)</translation>
    </message>
    <message>
        <source>Shipped (value)</source>
        <translation>Enviados (importe)</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Gastos de envío</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>SLA due</source>
        <translation>Vencimiento del SLA</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Storefront</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>Storefront order id</source>
        <translation>Id del pedido en la tienda</translation>
    </message>
    <message>
        <source>Storefront status</source>
        <translation>Estado en la tienda</translation>
    </message>
    <message>
        <source>Storefront total</source>
        <translation>Total en la tienda</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Id del registro</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation>Acción sugerida</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impuestos</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Número de seguimiento</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Units difference</source>
        <translation>Diferencia de unidades</translation>
    </message>
    <message>
        <source>Units expected</source>
        <translation>Unidades esperadas</translation>
    </message>
    <message>
        <source>Units seen</source>
        <translation>Unidades vistas</translation>
    </message>
    <message>
        <source>Warehouse status</source>
        <translation>Estado en el almacén</translation>
    </message>
    <message>
        <source>Warehouse total</source>
        <translation>Total en el almacén</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) behind %1 %2 (%3); the first %4 shown, the export holds them all. Preview shows the days again.</source>
        <translation>
            <numerusform>%n pedido detrás de %1 %2 (%3); se muestran los primeros %4, la exportación los contiene todos. Vista previa vuelve a mostrar los días.</numerusform>
            <numerusform>%n pedidos detrás de %1 %2 (%3); se muestran los primeros %4, la exportación los contiene todos. Vista previa vuelve a mostrar los días.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lockstep::ui::RoleDialog</name>
    <message>
        <source>Opens on the exception queues, with every action.</source>
        <translation>Se abre en las colas de incidencias, con todas las acciones.</translation>
    </message>
    <message>
        <source>Opens on Order lookup, to answer a customer about one order.</source>
        <translation>Se abre en Búsqueda de pedidos, para responder a un cliente sobre un pedido.</translation>
    </message>
    <message>
        <source>Opens on Reports; nothing is resent to the warehouse from this desktop.</source>
        <translation>Se abre en Informes; desde este escritorio no se reenvía nada al almacén.</translation>
    </message>
    <message>
        <source>Welcome to Lockstep</source>
        <translation>Te damos la bienvenida a Lockstep</translation>
    </message>
    <message>
        <source>Choose your role</source>
        <translation>Elige tu rol</translation>
    </message>
    <message>
        <source>Who works at this desktop? This sets the page Lockstep opens on and the actions in view. You can change it any time in Settings.</source>
        <translation>¿Quién trabaja en este escritorio? Esto determina la página en la que se abre Lockstep y las acciones visibles. Puedes cambiarlo en cualquier momento en Configuración.</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>Decidir más &amp;tarde</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Decidir más tarde</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::Roles</name>
    <message>
        <source>Warehouse supervisor</source>
        <translation>Supervisor de almacén</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>Atención al cliente</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finanzas</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::SecretField</name>
    <message>
        <source>Replace…</source>
        <translation>Reemplazar…</translation>
    </message>
    <message>
        <source>Replace %1</source>
        <translation>Reemplazar %1</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Nuevo valor de %1</translation>
    </message>
    <message>
        <source>Type or paste the new value</source>
        <translation>Escribe o pega el nuevo valor</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Store %1</source>
        <translation>Guardar %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
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
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Cause and detail</source>
        <translation>Causa y detalle</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Run checks</source>
        <translation>Ejecutar las comprobaciones</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Volver a ejecutar</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Checks the database, the configuration, the keychain and every configured system.</source>
        <translation>Comprueba la base de datos, la configuración, el llavero y todos los sistemas configurados.</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>Todas las comprobaciones son correctas.</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed.</source>
        <translation>
            <numerusform>Falló %n comprobación.</numerusform>
            <numerusform>Fallaron %n comprobaciones.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lockstep::ui::SettingsPage</name>
    <message>
        <source>The configuration %1 cannot be edited here: %2</source>
        <translation>La configuración %1 no se puede editar aquí: %2</translation>
    </message>
    <message>
        <source>Open a configuration</source>
        <translation>Abrir una configuración</translation>
    </message>
    <message>
        <source>Lockstep configuration (*.json);;All files (*)</source>
        <translation>Configuración de Lockstep (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Secciones de la configuración</translation>
    </message>
    <message>
        <source>Open configuration…</source>
        <translation>Abrir configuración…</translation>
    </message>
    <message>
        <source>Open a configuration file</source>
        <translation>Abrir un archivo de configuración</translation>
    </message>
    <message>
        <source>No configuration file is open: the console was started without --config, so the engine is not running. Open a configuration file to edit it; Lockstep runs with it when started as &quot;lockstep --config FILE&quot;.</source>
        <translation>No hay ningún archivo de configuración abierto: la consola se inició sin --config, así que el motor no está en ejecución. Abre un archivo de configuración para editarlo; Lockstep lo usa cuando se inicia como «lockstep --config FILE».</translation>
    </message>
    <message>
        <source>Demo mode: these are the sandbox&apos;s settings for this session, read-only. The demo makes them afresh at every start, so there is nothing to save; start Lockstep with --config FILE to edit a real configuration. Language and role below apply at once.</source>
        <translation>Modo demo: estos son los ajustes del entorno de pruebas para esta sesión, de solo lectura. La demo los crea de nuevo en cada inicio, así que no hay nada que guardar; inicia Lockstep con --config FILE para editar una configuración real. El idioma y el rol de abajo se aplican al instante.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>Programaciones</translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation>Mapeos</translation>
    </message>
    <message>
        <source>Safety buffers</source>
        <translation>Márgenes de seguridad</translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation>Niveles de servicio</translation>
    </message>
    <message>
        <source>Owner teams</source>
        <translation>Equipos responsables</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Archivo de configuración</translation>
    </message>
    <message>
        <source>Self-test</source>
        <translation>Autocomprobación</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <source>The role sets the page Lockstep opens on and the actions in view. It applies at once.</source>
        <translation>El rol determina la página en la que se abre Lockstep y las acciones visibles. Se aplica al instante.</translation>
    </message>
    <message>
        <source>How often each job of the engine runs.</source>
        <translation>Con qué frecuencia se ejecuta cada tarea del motor.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Read new orders every</source>
        <translation>Leer pedidos nuevos cada</translation>
    </message>
    <message>
        <source>Pull stock levels every</source>
        <translation>Obtener niveles de stock cada</translation>
    </message>
    <message>
        <source>Read shipments every</source>
        <translation>Leer envíos cada</translation>
    </message>
    <message>
        <source>Check for exceptions every</source>
        <translation>Buscar incidencias cada</translation>
    </message>
    <message>
        <source>First sync reads back</source>
        <translation>La primera sincronización lee hacia atrás</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>First sync reads in parallel</source>
        <translation>La primera sincronización lee en paralelo</translation>
    </message>
    <message>
        <source>Which facility ships each storefront channel, and where custom checkout fields go in the warehouse order. SKUs that differ between storefront and warehouse are mapped from the SKU mismatches queue (Edit…).</source>
        <translation>Qué centro envía cada canal de la tienda y adónde van los campos personalizados del checkout en el pedido de almacén. Los SKU que difieren entre la tienda y el almacén se mapean desde la cola de discrepancias de SKU (Editar…).</translation>
    </message>
    <message>
        <source>Default facility</source>
        <translation>Centro predeterminado</translation>
    </message>
    <message>
        <source>e.g. DAL-1</source>
        <translation>p. ej. DAL-1</translation>
    </message>
    <message>
        <source>Facility by channel</source>
        <translation>Centro por canal</translation>
    </message>
    <message>
        <source>Channel or location</source>
        <translation>Canal o ubicación</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Custom checkout fields</source>
        <translation>Campos personalizados del checkout</translation>
    </message>
    <message>
        <source>Storefront field</source>
        <translation>Campo de la tienda</translation>
    </message>
    <message>
        <source>Warehouse field</source>
        <translation>Campo del almacén</translation>
    </message>
    <message>
        <source>Units held back from what the storefront may sell, so the last items are not sold twice.</source>
        <translation>Unidades retenidas de lo que la tienda puede vender, para que los últimos artículos no se vendan dos veces.</translation>
    </message>
    <message>
        <source>Every SKU</source>
        <translation>Todos los SKU</translation>
    </message>
    <message>
        <source> units</source>
        <translation> unidades</translation>
    </message>
    <message>
        <source>Per SKU</source>
        <translation>Por SKU</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>How long a record may wait before it becomes an exception for a person.</source>
        <translation>Cuánto tiempo puede esperar un registro antes de convertirse en una incidencia para una persona.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Warehouse acknowledges a paid order within</source>
        <translation>El almacén confirma un pedido pagado en</translation>
    </message>
    <message>
        <source>Storefront hears of a shipment within</source>
        <translation>La tienda se entera de un envío en</translation>
    </message>
    <message>
        <source>Payment may stay pending for</source>
        <translation>El pago puede seguir pendiente durante</translation>
    </message>
    <message>
        <source>The team that owns each kind of exception.</source>
        <translation>El equipo responsable de cada tipo de incidencia.</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Predeterminado (%1)</translation>
    </message>
    <message>
        <source>The self-test needs a database and a configuration: start Lockstep with --config FILE or --demo.</source>
        <translation>La autocomprobación necesita una base de datos y una configuración: inicia Lockstep con --config FILE o --demo.</translation>
    </message>
    <message>
        <source>Connections, schedules, mappings, safety buffers, service levels and owner teams live in the configuration file. Use &quot;Open configuration…&quot; above to edit one.</source>
        <translation>Las conexiones, programaciones, mapeos, márgenes de seguridad, niveles de servicio y equipos responsables están en el archivo de configuración. Usa «Abrir configuración…» arriba para editar uno.</translation>
    </message>
    <message>
        <source>New value entered: it goes to the keychain when you save</source>
        <translation>Nuevo valor introducido: va al llavero cuando guardes</translation>
    </message>
    <message>
        <source>Not stored</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Sandbox value, for the demo only</source>
        <translation>Valor del entorno de pruebas, solo para la demo</translation>
    </message>
    <message>
        <source>Written in the file (accepted only for a sandbox on this computer)</source>
        <translation>Escrito en el archivo (solo se acepta para un entorno de pruebas en este equipo)</translation>
    </message>
    <message>
        <source>From the environment variable %1</source>
        <translation>De la variable de entorno %1</translation>
    </message>
    <message>
        <source>Keychain entry %1 (no keychain here to check it)</source>
        <translation>Entrada del llavero %1 (aquí no hay llavero para comprobarla)</translation>
    </message>
    <message>
        <source>Keychain entry %1</source>
        <translation>Entrada del llavero %1</translation>
    </message>
    <message>
        <source>Stored in the keychain (%1)</source>
        <translation>Guardado en el llavero (%1)</translation>
    </message>
    <message>
        <source>Not stored: the keychain has no entry %1</source>
        <translation>No guardado: el llavero no tiene ninguna entrada %1</translation>
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
            <numerusform>No guardado: hay %n problema que corregir antes.</numerusform>
            <numerusform>No guardado: hay %n problemas que corregir antes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: there is no keychain on this computer to keep the secrets you typed.</source>
        <translation>No guardado: no hay llavero en este equipo para conservar los secretos que escribiste.</translation>
    </message>
    <message>
        <source>Not saved: the keychain did not take %1: %2</source>
        <translation>No guardado: el llavero no aceptó %1: %2</translation>
    </message>
    <message>
        <source>Not saved: %1 could not be written: %2</source>
        <translation>No guardado: no se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Saved %1 at %2. The engine uses it from its next start.</source>
        <translation>%1 guardado a las %2. El motor lo usa a partir de su próximo inicio.</translation>
    </message>
    <message>
        <source>Keychain entry %1: checking…</source>
        <translation>Entrada del llavero %1: comprobando…</translation>
    </message>
    <message>
        <source>Keychain entry %1: the keychain did not say whether it is stored: %2</source>
        <translation>Entrada del llavero %1: el llavero no ha dicho si está guardada: %2</translation>
    </message>
    <message>
        <source>Saving: storing %1 in the keychain (%2 of %3)…</source>
        <translation>Guardando: almacenando %1 en el llavero (%2 de %3)…</translation>
    </message>
    <message>
        <source>Editing %1. When this console&apos;s engine runs from this file, saving restarts the engine in place with the changes.</source>
        <translation>Editando %1. Si el motor de esta consola funciona con este archivo, al guardar se reinicia en el acto con los cambios.</translation>
    </message>
</context>
<context>
    <name>lockstep::ui::SkuMappingDialog</name>
    <message>
        <source>Map SKU %1</source>
        <translation>Mapear el SKU %1</translation>
    </message>
    <message>
        <source>Map and retry</source>
        <translation>Mapear y reintentar</translation>
    </message>
    <message numerus="yes">
        <source>Storefront SKU %1 is in %n open exception(s). The mapping is kept and applies to all of them; they are sent to the warehouse again.</source>
        <translation>
            <numerusform>El SKU de tienda %1 está en %n incidencia abierta. El mapeo se conserva y se aplica a ella; se vuelve a enviar al almacén.</numerusform>
            <numerusform>El SKU de tienda %1 está en %n incidencias abiertas. El mapeo se conserva y se aplica a todas ellas; se vuelven a enviar al almacén.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the WMS item that storefront SKU %1 stands for. The mapping is kept for later orders.</source>
        <translation>Elige el artículo del WMS que corresponde al SKU de tienda %1. El mapeo se conserva para los pedidos posteriores.</translation>
    </message>
    <message>
        <source>Search the item master</source>
        <translation>Buscar en el maestro de artículos</translation>
    </message>
    <message>
        <source>Search the WMS item master by SKU or name</source>
        <translation>Buscar en el maestro de artículos del WMS por SKU o nombre</translation>
    </message>
    <message>
        <source>WMS items</source>
        <translation>Artículos del WMS</translation>
    </message>
    <message>
        <source>WMS SKU</source>
        <translation>SKU del WMS</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Send the orders to the warehouse again afterwards</source>
        <translation>Volver a enviar después los pedidos al almacén</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapear</translation>
    </message>
    <message>
        <source>Cannot read the item master: %1</source>
        <translation>No se puede leer el maestro de artículos: %1</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>No WMS item matches “%1”.</source>
        <translation>Ningún artículo del WMS coincide con «%1».</translation>
    </message>
    <message>
        <source>%1 → not mapped (not in the WMS item master)</source>
        <translation>%1 → sin mapear (no está en el maestro de artículos del WMS)</translation>
    </message>
    <message>
        <source>%1 → WMS item %2</source>
        <translation>%1 → artículo del WMS %2</translation>
    </message>
    <message>
        <source>Choose a WMS item from the list.</source>
        <translation>Elige un artículo del WMS de la lista.</translation>
    </message>
    <message>
        <source>%1 × %2 %3</source>
        <translation>%1 × %2 %3</translation>
    </message>
    <message>
        <source>Map %1 to a WMS item</source>
        <translation>Asignar %1 a un artículo del WMS</translation>
    </message>
    <message numerus="yes">
        <source>Send order %1 without its %2 line: the warehouse does not stock it (a gift card, a service). The customer keeps what they paid; the other %n line(s) are shipped.</source>
        <translation>
            <numerusform>Enviar el pedido %1 sin su línea %2: el almacén no la tiene (tarjeta regalo, servicio). El cliente conserva lo que pagó; se envía %n línea más.</numerusform>
            <numerusform>Enviar el pedido %1 sin su línea %2: el almacén no la tiene (tarjeta regalo, servicio). El cliente conserva lo que pagó; se envían las otras %n líneas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send without the line</source>
        <translation>Enviar sin la línea</translation>
    </message>
    <message>
        <source>Leave the line out</source>
        <translation>Omitir la línea</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Lockstep keeps storefronts and the warehouse in lockstep and shows people the records that fell out of step.
With no options it opens the console window.</source>
        <translation>Lockstep mantiene sincronizados las tiendas y el almacén y muestra a las personas los registros que se han desincronizado.
Sin opciones, abre la ventana de la consola.</translation>
    </message>
    <message>
        <source>Run without a window.</source>
        <translation>Ejecutar sin ventana.</translation>
    </message>
    <message>
        <source>lockstep: cannot open the database: %1</source>
        <translation>lockstep: no se puede abrir la base de datos: %1</translation>
    </message>
    <message>
        <source>lockstep: no display found (DISPLAY and WAYLAND_DISPLAY are unset), so the console window cannot open; running headless instead.</source>
        <translation>lockstep: no se encontró ninguna pantalla (DISPLAY y WAYLAND_DISPLAY no están definidas), así que la ventana de la consola no puede abrirse; se ejecuta sin ventana.</translation>
    </message>
    <message>
        <source>lockstep: database %1 ready (schema %2).</source>
        <translation>lockstep: base de datos %1 lista (esquema %2).</translation>
    </message>
    <message>
        <source>Run the engine with the configuration FILE (JSON; see the engine&apos;s README).</source>
        <translation>Ejecutar el motor con el archivo de configuración FILE (JSON; consulta el README del motor).</translation>
    </message>
    <message>
        <source>Run every job once, then exit (headless).</source>
        <translation>Ejecutar cada tarea una vez y salir (sin ventana).</translation>
    </message>
    <message>
        <source>Run against the built-in sandbox, with its own demo database.</source>
        <translation>Ejecutar contra el entorno de pruebas integrado, con su propia base de datos de demostración.</translation>
    </message>
    <message>
        <source>Sandbox scenario NAME or FILE for --demo (default: demo).</source>
        <translation>Escenario del entorno de pruebas NAME o FILE para --demo (por defecto: demo).</translation>
    </message>
    <message>
        <source>lockstep: the sandbox did not start: %1</source>
        <translation>lockstep: el entorno de pruebas no se ha iniciado: %1</translation>
    </message>
    <message>
        <source>lockstep: configuration %1: %2</source>
        <translation>lockstep: configuración %1: %2</translation>
    </message>
    <message>
        <source>lockstep: a secret could not be read: %1</source>
        <translation>lockstep: no se pudo leer un secreto: %1</translation>
    </message>
    <message>
        <source>lockstep: nothing to run: give --config FILE, or --demo to try the sandbox.</source>
        <translation>lockstep: nada que ejecutar: indica --config FILE, o --demo para probar el entorno de pruebas.</translation>
    </message>
    <message>
        <source>the engine could not start: %1</source>
        <translation>el motor no pudo iniciarse: %1</translation>
    </message>
    <message>
        <source>engine started</source>
        <translation>motor iniciado</translation>
    </message>
    <message>
        <source>cycle done: %1 orders read, %2 sent to the warehouse (%3 found already there), %4 cancellations, %5 shipments seen, %6 customers told shipped, %7 stock levels pushed, %8 exceptions raised, %9 resolved</source>
        <translation>ciclo terminado: %1 pedidos leídos, %2 enviados al almacén (%3 ya estaban allí), %4 cancelaciones, %5 envíos detectados, %6 clientes avisados del envío, %7 niveles de stock enviados, %8 incidencias abiertas, %9 resueltas</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) met and kept for a retry or a person (see the log)</source>
        <translation>
            <numerusform>%n problema encontrado y guardado para un reintento o para una persona (ver el registro)</numerusform>
            <numerusform>%n problemas encontrados y guardados para un reintento o para una persona (ver el registro)</numerusform>
        </translation>
    </message>
    <message>
        <source>lockstep: no log file: %1</source>
        <translation>lockstep: no hay archivo de registro: %1</translation>
    </message>
    <message>
        <source>Work as ROLE (supervisor, customer_service or finance) and remember it; skips the first-run question.</source>
        <translation>Trabajar con el rol ROLE (supervisor, customer_service o finance) y recordarlo; omite la pregunta del primer inicio.</translation>
    </message>
    <message>
        <source>Check the database, the configuration, the keychain and every configured system, print one line per check, and exit (non-zero when a check failed).</source>
        <translation>Comprobar la base de datos, la configuración, el llavero y todos los sistemas configurados, imprimir una línea por comprobación y salir (con código distinto de cero si falló alguna comprobación).</translation>
    </message>
    <message>
        <source>lockstep: unknown role %1 (supervisor, customer_service or finance)</source>
        <translation>lockstep: rol desconocido %1 (supervisor, customer_service o finance)</translation>
    </message>
    <message>
        <source>lockstep: self-test passed.</source>
        <translation>lockstep: autocomprobación superada.</translation>
    </message>
    <message numerus="yes">
        <source>lockstep: self-test failed: %n check(s) failed.</source>
        <translation>
            <numerusform>lockstep: autocomprobación fallida: falló %n comprobación.</numerusform>
            <numerusform>lockstep: autocomprobación fallida: fallaron %n comprobaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>the engine stopped: %1</source>
        <translation>el motor se detuvo: %1</translation>
    </message>
    <message>
        <source>lockstep: a demo is already running on this computer, and a new one would erase its database. Use that window, or start another demo with its own database: --demo --db FILE</source>
        <translation>lockstep: ya hay una demostración en marcha en este equipo y una nueva borraría su base de datos. Use esa ventana o inicie otra demostración con su propia base de datos: --demo --db ARCHIVO</translation>
    </message>
    <message>
        <source>%1; this engine does not start.</source>
        <translation>%1; este motor no se inicia.</translation>
    </message>
    <message>
        <source>job %1 finished at %2 (run %3, %4 ms, started %5 ms after it was due)</source>
        <translation>tarea %1 terminada a las %2 (ejecución %3, %4 ms, iniciada %5 ms después de su hora)</translation>
    </message>
    <message numerus="yes">
        <source>%n store return(s) sent to the warehouse as customer returns</source>
        <translation>
            <numerusform>%n devolución de tienda enviada al almacén como devolución de cliente</numerusform>
            <numerusform>%n devoluciones de tienda enviadas al almacén como devoluciones de cliente</numerusform>
        </translation>
    </message>
    <message>
        <source>Use the database FILE, or a team&apos;s PostgreSQL database at URL (postgresql://USER@HOST/DB) (default: %1).</source>
        <translation>Usar la base de datos ARCHIVO, o la base de datos PostgreSQL de un equipo en URL (postgresql://USUARIO@HOST/BD) (predeterminado: %1).</translation>
    </message>
    <message>
        <source>With --headless: while another engine holds the database, wait and take over when it is free, instead of exiting.</source>
        <translation>Con --headless: mientras otro motor tenga la base de datos, esperar y tomar el relevo cuando quede libre, en lugar de salir.</translation>
    </message>
    <message>
        <source>%1; this engine stands by to take over.</source>
        <translation>%1; este motor queda a la espera para tomar el relevo.</translation>
    </message>
</context>
<context>
    <name>sandbox</name>
    <message>
        <source>Runs simulated WooCommerce, commercetools, Deposco WMS and POS servers on 127.0.0.1.
The first line on stdout is a JSON object with every system&apos;s endpoints and credentials.</source>
        <translation>Ejecuta servidores simulados de WooCommerce, commercetools, Deposco WMS y POS en 127.0.0.1.
La primera línea en stdout es un objeto JSON con los puntos de acceso y las credenciales de cada sistema.</translation>
    </message>
    <message>
        <source>The sandbox command.</source>
        <translation>El comando sandbox.</translation>
    </message>
    <message>
        <source>Scenario FILE, or NAME of a shipped one (%1).</source>
        <translation>Archivo de escenario FILE, o NAME de uno incluido (%1).</translation>
    </message>
    <message>
        <source>Also write a Lockstep configuration pointing every connector here.</source>
        <translation>Escribir también una configuración de Lockstep que apunte aquí cada conector.</translation>
    </message>
    <message>
        <source>Simulated seconds per real second (default: the scenario&apos;s).</source>
        <translation>Segundos simulados por segundo real (por defecto: los del escenario).</translation>
    </message>
    <message>
        <source>Stop after SECONDS of real time (default: run until stopped).</source>
        <translation>Detenerse tras SECONDS segundos de tiempo real (por defecto: hasta que se detenga).</translation>
    </message>
    <message>
        <source>lockstep sandbox: --scenario FILE|NAME is required.</source>
        <translation>lockstep sandbox: --scenario FILE|NAME es obligatorio.</translation>
    </message>
    <message>
        <source>lockstep sandbox: %1</source>
        <translation>lockstep sandbox: %1</translation>
    </message>
    <message>
        <source>lockstep sandbox: --speed needs a number of 0 or more.</source>
        <translation>lockstep sandbox: --speed necesita un número igual o mayor que 0.</translation>
    </message>
    <message>
        <source>lockstep sandbox: cannot write %1: %2</source>
        <translation>lockstep sandbox: no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>lockstep sandbox: scenario &quot;%1&quot; running at %2x; ledger at %3. Stop with Ctrl+C.</source>
        <translation>lockstep sandbox: escenario «%1» en ejecución a %2x; registro en %3. Detener con Ctrl+C.</translation>
    </message>
    <message>
        <source>lockstep sandbox: stopped; %1 orders placed, %2 sales orders received by the WMS.</source>
        <translation>lockstep sandbox: detenido; %1 pedidos realizados, %2 pedidos de venta recibidos por el WMS.</translation>
    </message>
</context>
<context>
    <name>secret</name>
    <message>
        <source>Keeps a connector&apos;s secret in the operating system&apos;s keychain. `set` reads the secret from standard input; the configuration then names the entry as {&quot;keychain&quot;: &quot;ENTRY&quot;}.</source>
        <translation>Guarda el secreto de un conector en el llavero del sistema operativo. `set` lee el secreto de la entrada estándar; después la configuración nombra la entrada como {&quot;keychain&quot;: &quot;ENTRY&quot;}.</translation>
    </message>
    <message>
        <source>The secret command.</source>
        <translation>El comando secret.</translation>
    </message>
    <message>
        <source>set, delete or check.</source>
        <translation>set, delete o check.</translation>
    </message>
    <message>
        <source>The keychain entry, e.g. lockstep/woocommerce/secret.</source>
        <translation>La entrada del llavero, p. ej. lockstep/woocommerce/secret.</translation>
    </message>
    <message>
        <source>usage: lockstep secret set|delete|check ENTRY</source>
        <translation>uso: lockstep secret set|delete|check ENTRY</translation>
    </message>
    <message>
        <source>no secret on standard input; nothing stored</source>
        <translation>no hay ningún secreto en la entrada estándar; no se ha guardado nada</translation>
    </message>
    <message>
        <source>stored %1 in the keychain</source>
        <translation>%1 guardado en el llavero</translation>
    </message>
    <message>
        <source>removed %1 from the keychain</source>
        <translation>%1 eliminado del llavero</translation>
    </message>
    <message>
        <source>%1 is in the keychain and can be read</source>
        <translation>%1 está en el llavero y se puede leer</translation>
    </message>
</context>
</TS>
