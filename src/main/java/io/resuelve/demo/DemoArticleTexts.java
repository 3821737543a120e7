package io.resuelve.demo;

import java.util.List;

import io.resuelve.kb.ArticleKind;

/** The demo knowledge base's texts: what a Latin American software vendor's help center would publish. */
final class DemoArticleTexts {

    record Text(String product, ArticleKind kind, String title, String body) {
    }

    private DemoArticleTexts() {
    }

    /** Articles every country's collection has, for each product. */
    static List<Text> common(String country) {
        return List.of(
                new Text("Ruta Móvil", ArticleKind.PRODUCT_INFO, "Qué es Ruta Móvil y qué hace en " + country, """
                        Ruta Móvil es la aplicación para Android que usan los vendedores y repartidores en la calle.

                        ## Funciones principales
                        - **Pedidos sin conexión**: se toman aunque no haya señal y se envían al recuperarla.
                        - **Cartera del cliente**: saldo, facturas vencidas y límite de crédito antes de vender.
                        - **Cobros**: efectivo, transferencia y cheque, con recibo en PDF para el cliente.
                        - **Ruta del día**: clientes ordenados según la visita planificada en Ruta Web.

                        ## Requisitos
                        | Elemento | Mínimo |
                        |---|---|
                        | Android | 9 o superior |
                        | Memoria libre | 1 GB |
                        | Conexión | Al menos una sincronización al día |
                        """),
                new Text("Ruta Móvil", ArticleKind.HOW_TO, "Cómo sincronizar pedidos desde Ruta Móvil", """
                        Sincronice al empezar y al terminar la jornada para que la oficina vea sus pedidos.

                        1. Abra Ruta Móvil y toque el menú **☰**.
                        2. Elija **Sincronizar** y espere a que la barra llegue al 100 %.
                        3. Revise el resumen: *pedidos enviados*, *cobros enviados* y *clientes actualizados*.
                        4. Si algún pedido queda en **Pendiente**, toque el pedido para ver el motivo.

                        > Consejo: conecte el teléfono a una red wifi si tiene más de 50 pedidos pendientes.
                        """),
                new Text("Ruta Móvil", ArticleKind.SELF_HELP, "Ruta Móvil muestra «Error de sincronización 401»", """
                        El error **401** significa que el servidor no reconoce la sesión del vendedor.

                        ## Solución rápida
                        1. Cierre la sesión en Ruta Móvil (**☰ › Cerrar sesión**). Sus pedidos pendientes **no** se pierden.
                        2. Inicie sesión de nuevo con su usuario y contraseña de Ruta Web.
                        3. Sincronice otra vez.

                        ## Si el error continúa
                        - Compruebe en Ruta Web que el usuario del vendedor esté **activo**.
                        - Verifique que la fecha y la hora del teléfono sean automáticas.
                        - Cree un ticket indicando el usuario del vendedor y una captura del error.
                        """),
                new Text("Ruta Web", ArticleKind.HOW_TO, "Cómo crear una ruta de visitas en Ruta Web", """
                        Las rutas le dicen a cada vendedor a qué clientes visitar y en qué orden.

                        1. En Ruta Web, vaya a **Planificación › Rutas** y pulse **Nueva ruta**.
                        2. Escriba un nombre (por ejemplo, *Norte lunes*) y elija el vendedor.
                        3. Agregue clientes con el buscador o importe un archivo CSV con sus códigos.
                        4. Ordene los clientes arrastrándolos y elija los días de visita.
                        5. Pulse **Guardar**. El vendedor la recibe en su próxima sincronización.
                        """),
                new Text("Ruta Web", ArticleKind.SELF_HELP, "No puedo exportar el reporte de ventas a Excel", """
                        Cuando el botón **Exportar** no descarga nada, casi siempre se trata de uno de estos casos:

                        - **El rango de fechas es muy grande.** Los reportes de más de 100 000 filas se envían por correo: revise su bandeja.
                        - **El navegador bloqueó la descarga.** Busque el aviso en la barra de direcciones y permita las descargas de Ruta Web.
                        - **Su perfil no tiene permiso de exportación.** Pida al administrador de su empresa que active *Reportes › Exportar*.

                        Si nada de esto aplica, cree un ticket con el nombre del reporte y el rango de fechas.
                        """),
                new Text("Contable ERP", ArticleKind.PRODUCT_INFO, "Novedades de Contable ERP: cierre contable mensual", """
                        La versión 8.4 de Contable ERP simplifica el **cierre mensual**.

                        ## Qué cambió
                        - Lista de verificación de cierre con el estado de cada módulo (compras, ventas, bancos).
                        - Bloqueo automático del período cerrado: nadie puede registrar documentos con fecha anterior.
                        - Reapertura controlada: solo el perfil *Contador general* puede reabrir un período y queda en la auditoría.

                        ## Qué debe hacer
                        Nada: la actualización se aplica sola. Revise los permisos de *Contador general* en **Configuración › Perfiles**.
                        """),
                new Text("Contable ERP", ArticleKind.SELF_HELP, "Contable ERP no cuadra el balance de comprobación", """
                        Si el balance de comprobación muestra diferencias entre débitos y créditos:

                        1. Ejecute **Herramientas › Verificar asientos** para el período.
                        2. Revise los asientos marcados como *descuadrados*: suelen ser importaciones interrumpidas.
                        3. Anule el asiento descuadrado y vuelva a importarlo.
                        4. Regenere el balance.

                        Si la diferencia viene de un período cerrado, pida la reapertura al contador general antes de corregir.
                        """));
    }

    /** Regulatory articles, one country each. */
    static List<Text> regulatory(String code) {
        switch (code) {
            case "CO":
                return List.of(
                        new Text("Contable ERP", ArticleKind.REGULATORY, "Facturación electrónica DIAN: requisitos en Contable ERP", """
                                En Colombia toda factura de venta debe validarse **previamente** ante la DIAN.

                                ## Antes de facturar
                                - Resolución de numeración vigente cargada en **Configuración › Numeraciones**.
                                - Certificado de firma digital vigente.
                                - Datos del adquiriente completos: NIT con dígito de verificación, correo y responsabilidades fiscales.

                                ## Plazos
                                La factura se entrega al cliente en la misma fecha de su validación. Las notas crédito deben referenciar la factura original (CUFE).
                                """),
                        new Text("Ruta Móvil", ArticleKind.REGULATORY, "Documento soporte y facturas emitidas desde Ruta Móvil en Colombia", """
                                Las ventas tomadas en Ruta Móvil se facturan electrónicamente desde Contable ERP al sincronizar.

                                - El vendedor **no** entrega factura impresa: el cliente la recibe por correo con su CUFE.
                                - Si el cliente pide copia impresa, use **Pedido › Representación gráfica**.
                                - Sin conexión, el pedido queda pendiente y la factura se genera al sincronizar, con la fecha de validación.
                                """));
            case "CL":
                return List.of(
                        new Text("Contable ERP", ArticleKind.REGULATORY, "Boleta y factura electrónica del SII en Contable ERP", """
                                En Chile los documentos tributarios electrónicos (DTE) se envían al **SII**.

                                ## Requisitos
                                - Folios (CAF) autorizados y cargados en **Configuración › Folios**.
                                - Certificado digital del representante legal.
                                - Resolución de emisor electrónico vigente.

                                ## Rechazos frecuentes
                                | Código | Causa | Qué hacer |
                                |---|---|---|
                                | RCT | RUT del receptor inválido | Corrija el RUT del cliente y reenvíe |
                                | FOL | Folio fuera de rango | Solicite y cargue un nuevo CAF |
                                """),
                        new Text("Ruta Web", ArticleKind.REGULATORY, "Guías de despacho electrónicas para repartos en Chile", """
                                Todo traslado de mercadería en Chile debe ir acompañado de una **guía de despacho electrónica**.

                                1. En Ruta Web, abra **Repartos › Cargas del día**.
                                2. Pulse **Emitir guías**: se genera una guía por cliente con los productos cargados.
                                3. El repartidor ve las guías en Ruta Móvil y puede mostrarlas en una fiscalización.
                                """));
            default:
                return List.of(
                        new Text("Contable ERP", ArticleKind.REGULATORY, "Factura electrónica ARCA (ex AFIP) en Contable ERP", """
                                En Argentina las facturas A, B y C se autorizan con **CAE** ante ARCA (ex AFIP).

                                ## Configuración
                                - Punto de venta habilitado para *Web Services* en el sitio de ARCA.
                                - Certificado digital asociado al servicio *wsfe* cargado en Contable ERP.
                                - Condición frente al IVA del cliente correcta: define el tipo de comprobante.

                                Si ARCA no responde, Contable ERP reintenta cada 5 minutos y avisa en **Facturación › Pendientes de CAE**.
                                """),
                        new Text("Ruta Móvil", ArticleKind.REGULATORY, "Percepciones de ingresos brutos en pedidos de Ruta Móvil", """
                                Los pedidos tomados en provincias con régimen de percepción calculan la **percepción de ingresos brutos** al facturar.

                                - El vendedor ve un total estimado; el importe final se calcula en Contable ERP según el padrón vigente.
                                - Actualice los padrones provinciales cada mes en **Impuestos › Padrones**.
                                """));
        }
    }

    /** How to use the support portal itself (seed 000). */
    static List<Text> portalGuides() {
        return List.of(
                new Text(null, ArticleKind.PORTAL_GUIDE, "Cómo crear un ticket en el portal de soporte", """
                        1. Inicie sesión y pulse **Crear ticket** en el inicio.
                        2. Elija el **tipo de solicitud**, el producto y el país.
                        3. Escriba un asunto corto y describa el problema: qué hacía, qué esperaba y qué pasó.
                        4. Adjunte capturas de pantalla o archivos si ayudan a entenderlo.
                        5. Pulse **Enviar**. Recibirá un correo con el número del ticket.

                        Todas las respuestas le llegan por correo electrónico y quedan en **Tickets**.
                        """),
                new Text(null, ArticleKind.PORTAL_GUIDE, "Cómo registrarse en el portal de soporte", """
                        1. Pulse **Crear cuenta** en la parte superior.
                        2. Escriba su nombre, su correo de trabajo y una contraseña.
                        3. Abra el correo que le enviamos y siga el enlace para completar el registro.

                        Con su cuenta podrá seguir sus tickets, los de su organización si su empresa lo permite, y guardar artículos de uso frecuente.
                        """),
                new Text(null, ArticleKind.PORTAL_GUIDE, "Cómo guardar artículos y encontrarlos después", """
                        En cualquier artículo, pulse **Guardar artículo**. Lo encontrará en **Mis artículos guardados**, en la barra superior.

                        Para quitarlo, pulse **Guardado · Quitar** en el artículo o **Quitar** en la lista.
                        """),
                new Text(null, ArticleKind.PORTAL_GUIDE, "¿Cómo contactar al equipo de soporte?", """
                        - **Chat en vivo**: para urgencias que necesitan revisión inmediata.
                        - **Ticket**: para consultas generales sobre el sistema, reportes o asignaciones.
                        - **Correo electrónico**: para solicitudes sin urgencia; cada correo crea un ticket.

                        Sea cual sea el canal, la respuesta le llega por correo y queda en el histórico de tickets.
                        """));
    }
}
