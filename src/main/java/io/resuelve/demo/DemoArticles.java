package io.resuelve.demo;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.resuelve.accounts.Actor;
import io.resuelve.kb.ArticleAuthoring;
import io.resuelve.kb.ArticleFeedback;
import io.resuelve.kb.ArticleInput;
import io.resuelve.kb.ArticleKind;
import io.resuelve.kb.ArticleVisibility;
import io.resuelve.kb.BannerInput;
import io.resuelve.kb.BannerSeverity;
import io.resuelve.kb.Banners;
import io.resuelve.kb.KbStructure;
import org.springframework.stereotype.Component;

/**
 * The demo knowledge base (seed 002): a collection per country (Colombia, Chile, Argentina) with a folder per
 * product, about 35 Spanish articles of every kind, some translated into English and Portuguese, a few readers'
 * ratings, and a news banner and a service-incident banner on the home page.
 */
@Component
class DemoArticles {

    private final KbStructure structure;
    private final ArticleAuthoring authoring;
    private final ArticleFeedback feedback;
    private final Banners banners;
    private final Clock clock;

    DemoArticles(KbStructure structure, ArticleAuthoring authoring, ArticleFeedback feedback, Banners banners,
            Clock clock) {
        this.structure = structure;
        this.authoring = authoring;
        this.feedback = feedback;
        this.banners = banners;
        this.clock = clock;
    }

    /**
     * @param products    catalogue product ids by name
     * @param author      the agent who writes the articles
     * @param readers     customers who rate some articles
     * @param andinaOrgId the organisation that gets its own article
     */
    void load(Map<String, Long> products, Actor author, List<Actor> readers, Long andinaOrgId) {
        String[][] countries = { { "CO", "Colombia" }, { "CL", "Chile" }, { "AR", "Argentina" } };
        List<Long> created = new ArrayList<>();
        Map<String, Long> folders = new HashMap<>();
        int position = 0;
        for (String[] country : countries) {
            long collection = structure.createCollection(country[1], country[0], position++, author);
            int folderPosition = 0;
            for (String product : List.of("Ruta Móvil", "Ruta Web", "Contable ERP")) {
                folders.put(country[0] + product, structure.createFolder(collection, product, products.get(product),
                        folderPosition++, author));
            }
            List<DemoArticleTexts.Text> texts = new ArrayList<>(DemoArticleTexts.common(country[1]));
            texts.addAll(DemoArticleTexts.regulatory(country[0]));
            for (DemoArticleTexts.Text text : texts) {
                created.add(publish(text, folders.get(country[0] + text.product()), ArticleVisibility.PUBLIC,
                        author));
            }
        }
        long guides = structure.createCollection("Guías del portal", null, position, author);
        long guideFolder = structure.createFolder(guides, "Uso del portal de soporte", null, 0, author);
        List<Long> guideIds = new ArrayList<>();
        for (DemoArticleTexts.Text text : DemoArticleTexts.portalGuides()) {
            guideIds.add(publish(text, guideFolder, ArticleVisibility.PUBLIC, author));
        }
        restricted(folders, author, andinaOrgId);
        translations(created.get(2), guideIds.get(0), author);
        authoring.update(created.get(2), new ArticleInput(null, null, null, "es", null, null, null, null,
                Set.of("sincronización", "error 401", "sesión"), List.of(created.get(1), guideIds.get(3)),
                "Etiquetas y artículos relacionados"), author);
        ratings(created, readers);
        // Banners are an administrator's job; the demo writes them as Resuelve itself.
        banners.create(new BannerInput("Intermitencia en la sincronización de Ruta Móvil",
                "Algunos vendedores de Chile pueden ver demoras al sincronizar. Sus pedidos no se pierden: quedan "
                        + "pendientes en el teléfono y se enviarán solos.", BannerSeverity.INCIDENT,
                clock.instant().minus(Duration.ofHours(2)), clock.instant().plus(Duration.ofDays(2))), Actor.system());
        banners.create(new BannerInput("Nueva versión 8.4 de Contable ERP",
                "Cierre contable mensual más simple. Lea las novedades en la base de conocimientos.",
                BannerSeverity.INFO, clock.instant().minus(Duration.ofDays(1)),
                clock.instant().plus(Duration.ofDays(14))), Actor.system());
    }

    private long publish(DemoArticleTexts.Text text, long folderId, ArticleVisibility visibility, Actor author) {
        return authoring.create(new ArticleInput(text.title(), text.body(), text.kind(), "es", folderId, true,
                visibility, Set.of(), Set.of(), List.of(), "Primera versión"), author);
    }

    /** One article per kind of restriction, and a draft, so visibility can be seen at work. */
    private void restricted(Map<String, Long> folders, Actor author, Long andinaOrgId) {
        authoring.create(new ArticleInput("Distribuidora Andina: configuración de listas de precios por canal", """
                Instructivo exclusivo para **Distribuidora Andina S.A.S.**

                1. En Ruta Web, abra **Precios › Listas** y elija *Canal tradicional* o *Canal moderno*.
                2. Asigne la lista a cada ruta en **Planificación › Rutas › Lista de precios**.
                3. Los vendedores verán los precios nuevos tras sincronizar.
                """, ArticleKind.HOW_TO, "es", folders.get("CORuta Web"), true, ArticleVisibility.ORGANIZATIONS,
                Set.of(andinaOrgId), Set.of("precios"), List.of(), "Primera versión"), author);
        authoring.create(new ArticleInput("Procedimiento interno: escalar errores de facturación electrónica", """
                Solo para agentes.

                1. Pida al cliente el XML rechazado y la respuesta de la autoridad tributaria.
                2. Revise si el rechazo es de datos (cliente) o de plataforma (nuestro).
                3. Si es de plataforma, asigne el ticket al grupo **Soporte nivel 2** con prioridad alta.
                """, ArticleKind.SELF_HELP, "es", folders.get("COContable ERP"), true, ArticleVisibility.AGENTS,
                Set.of(), Set.of("interno"), List.of(), "Primera versión"), author);
        authoring.create(new ArticleInput("Calendario de mantenimientos programados", """
                Los mantenimientos se hacen el **primer domingo de cada mes, de 01:00 a 04:00** (hora de Bogotá).
                Durante ese tiempo Ruta Web puede no estar disponible; Ruta Móvil sigue tomando pedidos sin conexión.
                """, ArticleKind.PRODUCT_INFO, "es", folders.get("CORuta Web"), true, ArticleVisibility.CUSTOMERS,
                Set.of(), Set.of("mantenimiento"), List.of(), "Primera versión"), author);
        authoring.create(new ArticleInput("Borrador: integración de Ruta Web con tiendas en línea", """
                En preparación. Describirá la sincronización de catálogo y pedidos con tiendas en línea.
                """, ArticleKind.PRODUCT_INFO, "es", folders.get("CLRuta Web"), false, ArticleVisibility.PUBLIC,
                Set.of(), Set.of(), List.of(), "Primer borrador"), author);
    }

    private void translations(long syncError, long createTicket, Actor author) {
        authoring.update(syncError, ArticleInput.of("Ruta Móvil shows “Sync error 401”", """
                Error **401** means the server does not recognise the sales rep's session.

                1. Sign out of Ruta Móvil (**☰ › Sign out**). Pending orders are **not** lost.
                2. Sign in again with the Ruta Web user and password.
                3. Synchronise again.

                If it keeps happening, check that the user is active in Ruta Web and that the phone's date and time
                are set automatically, then create a ticket with a screenshot.
                """, null, "en", null, null, null), author);
        authoring.update(syncError, ArticleInput.of("Ruta Móvil mostra “Erro de sincronização 401”", """
                O erro **401** significa que o servidor não reconhece a sessão do vendedor.

                1. Saia do Ruta Móvil (**☰ › Sair**). Os pedidos pendentes **não** são perdidos.
                2. Entre novamente com o usuário e a senha do Ruta Web.
                3. Sincronize outra vez.

                Se continuar, verifique se o usuário está ativo no Ruta Web e se a data e a hora do celular são
                automáticas; depois abra um ticket com uma captura de tela.
                """, null, "pt", null, null, null), author);
        authoring.update(createTicket, ArticleInput.of("How to create a ticket in the support portal", """
                1. Sign in and press **Create ticket** on the home page.
                2. Choose the **request type**, the product and the country.
                3. Write a short subject and describe the problem: what you were doing, what you expected and what happened.
                4. Attach screenshots or files if they help.
                5. Press **Send**. You will receive an e-mail with the ticket number.
                """, null, "en", null, null, null), author);
        authoring.update(createTicket, ArticleInput.of("Como abrir um ticket no portal de suporte", """
                1. Entre e clique em **Criar ticket** no início.
                2. Escolha o **tipo de solicitação**, o produto e o país.
                3. Escreva um assunto curto e descreva o problema: o que fazia, o que esperava e o que aconteceu.
                4. Anexe capturas de tela ou arquivos, se ajudarem.
                5. Clique em **Enviar**. Você receberá um e-mail com o número do ticket.
                """, null, "pt", null, null, null), author);
    }

    private void ratings(List<Long> articles, List<Actor> readers) {
        for (int i = 0; i < readers.size(); i++) {
            Actor reader = readers.get(i);
            feedback.rate(articles.get(2), i % 3 != 0, reader, null, "es");
            feedback.rate(articles.get(4), i % 2 == 0, reader, null, "es");
            feedback.countView(articles.get(2), reader);
            feedback.countView(articles.get(4), reader);
        }
        feedback.comment(articles.get(4), "El reporte de más de 100 000 filas tampoco me llegó por correo. "
                + "¿En cuánto tiempo debería llegar?", readers.get(0), null, "es");
    }
}
