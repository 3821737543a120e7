package io.resuelve.demo;

import java.util.Set;

import io.resuelve.accounts.Actor;
import io.resuelve.macros.AssigneeAction;
import io.resuelve.macros.MacroInput;
import io.resuelve.macros.Macros;
import io.resuelve.tickets.Priority;
import io.resuelve.tickets.TicketStatus;
import org.springframework.stereotype.Component;

/** The shared macros of the demo help desk, in the wording of the seeds (what to attach, the 48-hour close). */
@Component
class DemoMacros {

    private final Macros macros;

    DemoMacros(Macros macros) {
        this.macros = macros;
    }

    void load(Long secondLevelGroupId) {
        Actor admin = Actor.system();
        shared("Solicitar capturas de pantalla", """
                Hola, {{requester.first_name}}:

                Gracias por escribirnos sobre «{{ticket.subject}}». Para revisar el caso necesitamos ver lo mismo \
                que usted ve. ¿Podría adjuntar en este ticket lo siguiente?

                - Una imagen de la pantalla previa al mensaje.
                - Una imagen del mensaje que muestra el sistema, completo.
                - El nombre de la pantalla y los filtros o parámetros que usó.

                Puede responder a este correo o adjuntar los archivos en el ticket #{{ticket.number}}: {{ticket.url}}

                Saludos,
                {{agent.first_name}}
                {{helpdesk.name}}""", TicketStatus.PENDING_CUSTOMER, null, null, Set.of("faltan-datos"), admin);
        shared("Pedir pasos para reproducir", """
                Hola, {{requester.first_name}}:

                Intentamos reproducir lo que describe en el ticket #{{ticket.number}} y no lo conseguimos todavía. \
                Para avanzar, ¿podría indicarnos paso a paso qué hace hasta que aparece el problema?

                1. En qué pantalla o menú empieza.
                2. Qué datos o filtros ingresa.
                3. Qué esperaba que ocurriera y qué ocurre en cambio.
                4. Desde cuándo sucede y si afecta a otros usuarios de {{organization.name}}.

                Con esa información podremos darle una respuesta concreta.

                Saludos,
                {{agent.name}}""", TicketStatus.PENDING_CUSTOMER, null, null, Set.of("reproducir"), admin);
        shared("Problema resuelto — confirmar", """
                Hola, {{requester.first_name}}:

                Aplicamos la solución para «{{ticket.subject}}». Le pedimos que lo compruebe y nos confirme en el \
                ticket si el problema quedó resuelto: {{ticket.url}}

                Si no recibimos respuesta en 48 horas, el ticket se cerrará automáticamente. Si el problema vuelve a \
                aparecer después, responda a este correo y lo retomaremos.

                Gracias por su paciencia,
                {{agent.first_name}}
                {{helpdesk.name}}""", TicketStatus.RESOLVED, null, null, Set.of(), admin);
        shared("Escalar a soporte nivel 2", """
                Hola, {{requester.first_name}}:

                Su caso necesita una revisión más detallada, por lo que lo pasamos a nuestro equipo de soporte nivel 2. \
                Conserva el mismo número de ticket (#{{ticket.number}}) y le escribiremos por aquí en cuanto tengamos \
                novedades.

                Saludos,
                {{agent.first_name}}""", TicketStatus.ON_HOLD, Priority.HIGH, secondLevelGroupId, Set.of("escalado"),
                admin);
    }

    private void shared(String name, String body, TicketStatus status, Priority priority, Long groupId,
            Set<String> tags, Actor admin) {
        macros.create(new MacroInput(name, body, true, true, status, priority, null, groupId, AssigneeAction.NONE,
                null, tags), admin);
    }
}
