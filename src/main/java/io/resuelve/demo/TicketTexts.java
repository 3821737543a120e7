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

    private Text text(String subject, String symptom, String type, Queue queue) {
        String description = pick(GREETINGS) + " " + pick(SINCE) + " " + symptom + " " + pick(TRIED) + " "
                + pick(CLOSINGS);
        return new Text(subject, description, type, queue);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
