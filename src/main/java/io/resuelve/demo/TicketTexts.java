package io.resuelve.demo;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Subjects and descriptions composed from fragments in the style of the seeds ("No se cargan los pedidos de la
 * ruta 3", "Error 1102 al intercambiar"), so generated tickets read like a Spanish-speaking help desk's.
 */
final class TicketTexts {

    /** A subject, its description, the ticket type and the kind of group that handles it. */
    record Text(String subject, String description, String type, Queue queue) {
    }

    enum Queue {
        FIRST_LINE, SECOND_LINE, BILLING, INTEGRATIONS
    }

    private static final List<String> THINGS = List.of("pedidos", "clientes", "precios", "facturas", "cobros",
            "devoluciones", "visitas", "inventarios", "catálogos", "promociones", "notas de crédito", "rutas");
    private static final List<String> ACTIONS = List.of("intercambiar", "sincronizar", "facturar", "cerrar la caja",
            "liquidar la ruta", "enviar el pedido", "imprimir la factura", "generar el reporte de ventas",
            "exportar a Excel", "iniciar sesión", "actualizar la aplicación", "registrar el cobro");
    private static final List<String> PLACES = List.of("la sucursal Medellín", "la sucursal Cali",
            "el depósito central", "la tienda de Providencia", "el centro de distribución Norte",
            "la oficina de Rosario", "la bodega de Guayaquil", "la sucursal Monterrey", "la planta de Arequipa",
            "la tienda de Valencia");
    private static final List<String> SELLERS = List.of("Ivanova María", "Juan Carlos Ortiz", "Paola Guzmán",
            "Diego Herrera", "Camila Vargas", "Felipe Castro", "Natalia Reyes", "Tomás Molina", "Daniela Ríos",
            "Sebastián Torres");
    private static final List<String> PRODUCTS = List.of("Ruta Móvil", "Ruta Web", "Contable ERP", "Ruta Reparto");
    private static final List<String> GREETINGS = List.of("Buenos días.", "Buenas tardes.", "Hola, equipo de soporte.",
            "Estimados:", "Hola.");
    private static final List<String> SINCE = List.of("Desde esta mañana", "Desde ayer por la tarde",
            "Desde la actualización del viernes", "Desde el lunes", "Hace una semana", "Después del cierre de mes");
    private static final List<String> TRIED = List.of("Ya reiniciamos la tableta y sigue igual.",
            "Probamos desde otra computadora y pasa lo mismo.", "Borramos la caché del navegador sin resultado.",
            "Los demás usuarios trabajan con normalidad.", "Adjuntaremos la captura de pantalla.",
            "Volvimos a instalar la aplicación y el problema continúa.");
    private static final List<String> CLOSINGS = List.of("Quedo atento, gracias.",
            "Es urgente porque mañana cerramos el mes.", "Gracias por la ayuda.", "Saludos cordiales.",
            "¿Pueden revisarlo hoy?", "Quedamos a la espera.");

    private static final List<String> ASKS = List.of("¿Podría enviarnos una captura de pantalla completa del error?",
            "¿Nos indica el número de versión de la aplicación instalada en la tableta?",
            "¿Desde qué usuario y a qué hora ocurrió el último intento?",
            "¿Podría adjuntar el archivo de registro del intercambio?",
            "¿El problema ocurre con todos los vendedores o solo con algunos?");
    private static final List<String> FINDINGS = List.of("Revisamos la configuración de la ruta y encontramos el "
            + "perfil del vendedor sin permisos de sincronización.", "El servidor de intercambio tuvo una cola "
            + "detenida después de la actualización; ya la reiniciamos.", "La entidad fiscal cambió el formato del "
            + "certificado y actualizamos la firma de las facturas.", "El catálogo de precios tenía una lista vencida "
            + "asignada a la sucursal.", "La interfaz con el ERP rechazaba los registros con fecha de entrega vacía.");
    private static final List<String> STEPS = List.of("Le pedimos cerrar sesión en la tableta y volver a intercambiar.",
            "Puede reenviar los documentos pendientes desde el menú Intercambio > Reenviar.",
            "Ya puede generar el reporte de nuevo con el filtro por fecha de emisión.",
            "Por favor actualice la aplicación a la versión 4.3 desde la tienda.",
            "Los pedidos quedaron cargados; confirme por favor que los ve en el reporte.");
    private static final List<String> FOLLOW_UPS = List.of("Adjunto la captura que pidieron.",
            "Ocurre con todos los vendedores de la ruta, desde la versión 4.2.", "Probamos lo indicado y ya funciona, "
            + "muchas gracias.", "Seguimos con el mismo error después de reiniciar.", "El último intento fue a las "
            + "9:40 con el usuario de la supervisora.", "Necesitamos una respuesta hoy, mañana cerramos el mes.");
    private static final List<String> NOTES = List.of("Revisar el registro del servidor de intercambio de esa hora.",
            "Mismo caso que el de la semana pasada en otra sucursal: posible defecto de la versión 4.2.",
            "Escalar a desarrollo si la cola vuelve a detenerse.", "El cliente tiene contrato premium: responder hoy.",
            "Pedir a facturación que valide el certificado antes de responder.");

    private final RandomGenerator random;

    TicketTexts(RandomGenerator random) {
        this.random = random;
    }

    Text next() {
        String thing = pick(THINGS);
        String action = pick(ACTIONS);
        String product = pick(PRODUCTS);
        int route = 1 + random.nextInt(40);
        int code = 1000 + random.nextInt(400);
        String seller = pick(SELLERS);
        String place = pick(PLACES);
        return switch (random.nextInt(12)) {
            case 0, 1 -> text("No se cargan los " + thing + " de la ruta " + route,
                    "los " + thing + " de la ruta " + route + " (vendedor " + seller + ") no se cargan en " + product
                            + ".", "ERROR_INTERCAMBIO", Queue.FIRST_LINE);
            case 2, 3 -> text("Error " + code + " al " + action,
                    "al " + action + " en " + product + " aparece el error " + code + " y no se completan los "
                            + thing + ".", "ERROR_INTERCAMBIO", Queue.SECOND_LINE);
            case 4 -> text(product + " no sincroniza los " + thing + " de " + place,
                    "los " + thing + " de " + place + " no llegan a " + product + " aunque la sincronización "
                            + "termina sin errores.", "ERROR_INTERCAMBIO", Queue.SECOND_LINE);
            case 5 -> text("Factura " + (20000 + random.nextInt(80000)) + " rechazada por la entidad fiscal",
                    "la factura electrónica emitida en " + place + " vuelve rechazada con el código " + code
                            + ". Los " + thing + " asociados quedaron bloqueados.", "CONSULTA", Queue.BILLING);
            case 6 -> text("Consulta sobre los " + thing + " en " + product,
                    "necesitamos saber cómo configurar los " + thing + " en " + product + " para " + place + ".",
                    "CONSULTA", Queue.FIRST_LINE);
            case 7 -> text("Lentitud en " + product + " al " + action,
                    "la pantalla tarda más de un minuto al " + action + " y los vendedores no pueden trabajar con los "
                            + thing + ".", "PROBLEMA_APARIENCIA", Queue.SECOND_LINE);
            case 8 -> text("Pedido " + (100000 + random.nextInt(900000)) + " duplicado en " + product,
                    "el mismo pedido aparece dos veces en " + product + " después de " + action + ". Hay que anular "
                            + "uno sin afectar los " + thing + ".", "ERROR_INTERCAMBIO", Queue.FIRST_LINE);
            case 9 -> text("Integración con el ERP: no se exportan los " + thing,
                    "la interfaz con el ERP deja de exportar los " + thing + " de " + place + " y el archivo "
                            + "queda vacío.", "CAMBIO_FUNCIONALIDAD", Queue.INTEGRATIONS);
            case 10 -> text("Alta de usuario para " + seller + " en " + product,
                    "necesitamos dar de alta a " + seller + " en " + product + " con acceso a los " + thing + " de "
                            + place + ".", "CONSULTA", Queue.FIRST_LINE);
            default -> text("El reporte de " + thing + " por sucursal no coincide con el ERP",
                    "el reporte de " + thing + " de " + place + " muestra totales distintos a los del ERP.",
                    "CONSULTA", Queue.BILLING);
        };
    }

    /** An agent's reply: a question for more detail, or what was found and what to do. */
    String agentReply(String customerName) {
        return random.nextInt(3) == 0 ? "Hola " + customerName + ", gracias por escribirnos. " + pick(ASKS)
                : "Hola " + customerName + ". " + pick(FINDINGS) + " " + pick(STEPS) + " Quedamos atentos.";
    }

    /** A customer's follow-up on the thread. */
    String customerReply() {
        return pick(FOLLOW_UPS) + " " + pick(TRIED) + " " + pick(CLOSINGS);
    }

    /** An agent's internal note. */
    String note() {
        return pick(NOTES);
    }

    private Text text(String subject, String symptom, String type, Queue queue) {
        String description = pick(GREETINGS) + " " + pick(SINCE) + " " + symptom + " " + pick(TRIED) + " "
                + pick(CLOSINGS);
        return new Text(subject, description, type, queue);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
