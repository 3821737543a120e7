package io.resuelve.demo;

import static io.resuelve.demo.DemoData.note;
import static io.resuelve.demo.DemoData.reply;
import static io.resuelve.demo.DemoData.ticket;

import java.util.List;

import io.resuelve.accounts.Actor;
import io.resuelve.tickets.Channel;
import io.resuelve.tickets.Priority;
import io.resuelve.tickets.TicketEdit;
import io.resuelve.tickets.TicketField;
import io.resuelve.tickets.TicketManagement;
import io.resuelve.tickets.TicketStatus;

/** One scenario per status of the lifecycle, written the way the seeds' customers and agents write. */
class DemoTickets {

    private final TicketManagement tickets;
    private final DemoCatalog products;

    DemoTickets(TicketManagement tickets, DemoCatalog products) {
        this.tickets = tickets;
        this.products = products;
    }

    /** Custom values of the demo tickets, as a form sends them: key, value, key, value… */
    private static java.util.Map<String, List<String>> values(String... keysAndValues) {
        java.util.Map<String, List<String>> values = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put(keysAndValues[i], List.of(keysAndValues[i + 1]));
        }
        return values;
    }

    void newTicket(Actor customer) {
        tickets.file(ticket("Los pedidos no se están cargando en Ivanova María (ruta 1)",
                "Desde esta mañana los pedidos de la agente Ivanova María (ruta 1) no se cargan: durante el "
                        + "intercambio se emite el error 1102. Los demás agentes de la ruta sincronizan bien. "
                        + "Adjuntaremos la captura de la tableta.",
                "ERROR_INTERCAMBIO", Priority.HIGH, Channel.PORTAL, customer.email(), products.rutaMovil(), "CO").withCustomFields(values("operacion", "CAMBIOS", "codigo_error", "1102", "usuario_ruta", "Ivanova María (ruta 1)",
                        "impact_users", "1", "impact_orders", "40", "impact_workaround", "false")),
                customer);
    }

    void open(Actor customer, Actor agent) {
        long number = tickets.file(ticket("No aparecen las notas en Salidas de la aplicación móvil",
                "En la aplicación móvil, sección Salidas, las notas que escriben los vendedores no se ven al "
                        + "día siguiente. ¿Hay que activar alguna opción?",
                "CONSULTA", Priority.NORMAL, Channel.PORTAL, customer.email(), products.rutaMovil(), "CL").withCustomFields(values("subsistema", "MOVIL")),
                customer).number();
        tickets.assign(number, agent.userId(), null, agent);
        tickets.addMessage(number, note("Revisar si la sincronización de notas está activa en el perfil del "
                + "vendedor; en la versión 4.2 viene desactivada por defecto."), agent);
        tickets.addMessage(number, reply("Hola Ignacio, ya estamos revisando la configuración de su cuenta. "
                + "Le escribimos en cuanto tengamos novedades.", null), agent);
    }

    void pendingCustomer(Actor customer, Actor agent) {
        long number = tickets.file(ticket("El reporte de ventas por sucursal no coincide con el ERP",
                "El reporte de ventas por sucursal de octubre muestra 1.250 pedidos en la sucursal Rosario, pero el "
                        + "ERP registra 1.238. Usamos el filtro por fecha de entrega.",
                "CONSULTA", Priority.NORMAL, Channel.EMAIL, customer.email(), products.erp(), "AR").withCustomFields(values("subsistema", "ERP")), customer)
                .number();
        tickets.assign(number, agent.userId(), null, agent);
        tickets.addMessage(number, reply("Hola Mariana, ¿podría indicarnos todos los filtros usados en el reporte y "
                + "adjuntar una captura de pantalla completa en la que se vea la URL?", TicketStatus.PENDING_CUSTOMER),
                agent);
    }

    void onHold(Actor customer, Actor agent) {
        long number = tickets.file(ticket("Falla de comunicación de los telémetros en la sucursal Medellín",
                "Desde ayer a las 18:00 los 12 telémetros de la sucursal Medellín no reportan ventas. El operador "
                        + "está en sitio y puede probar lo que indiquen.",
                "ERROR_INTERCAMBIO", Priority.URGENT, Channel.CHAT, customer.email(), products.rutaWeb(), "CO").withCustomFields(values("operacion", "CAMBIOS", "codigo_error", "Sin comunicación", "usuario_ruta",
                        "Sucursal Medellín, 12 telémetros", "impact_branches", "1", "impact_users", "12",
                        "impact_workaround", "false", "impact_stopped", "true")),
                customer).number();
        tickets.assign(number, agent.userId(), null, agent);
        tickets.addMessage(number, reply("Confirmamos una caída del proveedor de conectividad en la zona. Quedamos a "
                + "la espera de su respuesta y le avisamos apenas se restablezca.", TicketStatus.ON_HOLD), agent);
    }

    void resolved(Actor customer, Actor agent) {
        long number = tickets.file(ticket("Carga masiva de usuarios desde Excel",
                "Necesitamos dar de alta 45 vendedores nuevos a partir de una planilla Excel. ¿Cuál es el formato "
                        + "de columnas que acepta la importación?",
                "CONSULTA", Priority.LOW, Channel.EMAIL, customer.email(), products.rutaWeb(), "CL").withCustomFields(values("subsistema", "WEB")), customer)
                .number();
        tickets.addMessage(number, reply("Hola Valentina, le adjuntamos el instructivo: la planilla debe tener las "
                + "columnas Nombre, Correo, Ruta y Perfil. Con eso la importación queda lista.", null), agent);
        tickets.resolve(number, agent);
    }

    void closedAfterConfirmation(Actor customer, Actor agent) {
        long number = tickets.file(ticket("Cambio de telémetro en la máquina 214 de Bogotá norte",
                "El operador está en sitio en Bogotá norte y necesita reemplazar el telémetro de la máquina 214 "
                        + "por el equipo nuevo con serie TL-88231.",
                "CAMBIO_FUNCIONALIDAD", Priority.HIGH, Channel.CHAT, customer.email(), products.rutaWeb(), "CO").withCustomFields(values("subsistema", "WEB", "situacion_actual", "La máquina 214 tiene el telémetro viejo.",
                        "cambio_deseado", "Asociar el telémetro TL-88231 a la máquina 214.")),
                customer).number();
        tickets.addMessage(number, reply("Listo, el telémetro TL-88231 ya quedó asociado a la máquina 214.", null),
                agent);
        tickets.resolve(number, agent);
        tickets.confirm(number, true, "Funciona perfecto, gracias.", customer);
    }

    void reopenedNotQuite(Actor customer, Actor agent) {
        long number = tickets.file(ticket("Las imágenes de productos no aparecen en el catálogo web",
                "Desde la actualización del lunes, las imágenes de 30 productos del catálogo no aparecen en Ruta "
                        + "Web; en la aplicación móvil sí se ven.",
                "PROBLEMA_APARIENCIA", Priority.NORMAL, Channel.PORTAL, customer.email(), products.rutaWeb(),
                "CO").withCustomFields(values("subsistema", "WEB", "url", "https://ruta.example/catalogo", "impact_users", "30",
                        "impact_workaround", "true")), customer).number();
        tickets.assign(number, agent.userId(), null, agent);
        tickets.addMessage(number, reply("Regeneramos las miniaturas del catálogo. ¿Puede verificarlo?", null),
                agent);
        tickets.resolve(number, agent);
        tickets.confirm(number, false, "No del todo: ya se ven 25 productos, pero faltan los 5 de la línea "
                + "bebidas.", customer);
    }

    void returnedToRequester(Actor customer, Actor agent) {
        long number = tickets.file(ticket("No funciona", "No funciona el sistema, urgente.", "CONSULTA",
                Priority.URGENT, Channel.PORTAL, customer.email(), products.rutaWeb(), "AR").withCustomFields(values("subsistema", "WEB", "impact_users", "1")), customer).number();
        tickets.returnToRequester(number, List.of("subject", "description", "screenshots", "impact"), null, agent);
    }

    void rejected(Actor customer, Actor agent) {
        long number = tickets.file(ticket("¡URGENTE! Todo está roto!", "NADA FUNCIONA!!!", "CONSULTA",
                Priority.URGENT, Channel.PORTAL, customer.email(), products.erp(), "CL").withCustomFields(values("subsistema", "ERP", "impact_users", "1")), customer).number();
        tickets.reject(number, "El ticket no cumple las condiciones mínimas: no indica pantalla, mensaje de error "
                + "ni pasos. Por favor, cree uno nuevo con esa información.", agent);
    }

    void byEmail(Actor agent) {
        long number = tickets.file(ticket("Solicitud Usuario de Tiquetes de Soporte",
                "Buenos días, solicito acceso a la plataforma de soporte para el equipo de operaciones.", "CONSULTA",
                Priority.NORMAL, Channel.EMAIL, "soporte.ti@andina.example", products.erp(), "CO"), agent).number();
        tickets.edit(number, new TicketEdit().set(TicketField.TAGS, java.util.Set.of("acceso", "alta-usuario")),
                agent);
    }

}
