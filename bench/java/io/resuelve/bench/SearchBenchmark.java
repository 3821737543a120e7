package io.resuelve.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import javax.sql.DataSource;

import io.resuelve.ResuelveApplication;
import io.resuelve.accounts.Actor;
import io.resuelve.accounts.Role;
import io.resuelve.search.ArticleFilters;
import io.resuelve.search.ArticleSearch;
import io.resuelve.search.LuceneAnalyzers;
import io.resuelve.search.Reindexing;
import io.resuelve.search.TicketFilters;
import io.resuelve.search.TicketSearch;
import io.resuelve.tickets.NewTicket;
import io.resuelve.tickets.TicketManagement;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Search at volume (BENCHMARKS.md, "Search"): generated tickets (the generator of
 * {@code --resuelve.generate-tickets}) and articles, one full reindex timed, then search latency through
 * {@link TicketSearch} and {@link ArticleSearch} against a bare Lucene query on the same index files as the baseline,
 * and the time from filing a ticket to finding it. H2 file database, Lucene index under target/bench-search.
 */
public final class SearchBenchmark {

    private static final List<String> TICKET_QUERIES = List.of("pedidos", "factura", "error sincronizacion",
            "ruta", "pedido cargado", "contrasena", "impresora", "devolucion");
    /** Typos: nothing matches exactly, so the search tries again tolerating them (TextQuery). */
    private static final List<String> TYPO_QUERIES = List.of("fatcura", "pedidso", "sincronisacion", "impresroa");
    // Articles are written from the vocabulary of the generated tickets, in the style of a help centre.
    private static final List<String> THINGS = List.of("pedidos", "clientes", "precios", "facturas", "cobros",
            "devoluciones", "visitas", "inventarios", "catálogos", "promociones", "notas de crédito", "rutas");
    private static final List<String> ACTIONS = List.of("intercambiar", "sincronizar", "facturar", "cerrar la caja",
            "liquidar la ruta", "enviar el pedido", "imprimir la factura", "generar el reporte de ventas",
            "exportar a Excel", "cambiar la contraseña", "actualizar la aplicación", "registrar el cobro");
    private static final List<String> PRODUCTS = List.of("Ruta Móvil", "Ruta Web", "Contable ERP", "Ruta Reparto");
    private static final List<String> DEVICES = List.of("la tableta", "la impresora portátil", "el navegador",
            "el teléfono del vendedor", "la computadora de la sucursal");
    private static final List<String> CLOSINGS = List.of("Si aparece un error de sincronización, cierre sesión, "
            + "vuelva a entrar e intente de nuevo.", "Envíe a soporte una captura de pantalla, el número de pedido y "
            + "la hora del último intercambio.", "Las devoluciones y notas de crédito pendientes se revisan antes del "
            + "cierre de mes.", "Revise que la impresora esté emparejada con la tableta.", "Si olvidó su contraseña, "
            + "pida al administrador que la restablezca desde Usuarios.");
    private static final List<String> ENGLISH = List.of("orders", "customers", "prices", "invoices", "payments",
            "returns", "visits", "stock", "catalogues", "promotions", "credit notes", "routes");

    private static final int FUZZY_PREFIX = Integer.getInteger("bench.fuzzy-prefix", 1);

    private final int tickets = Integer.getInteger("bench.tickets", 1_000_000);
    private final int articles = Integer.getInteger("bench.articles", 100_000);
    private final int warmUp = Integer.getInteger("bench.warmup", 300);
    private final int iterations = Integer.getInteger("bench.iterations", 1000);
    private final List<String> details = new ArrayList<>();
    private final int newTickets = Integer.getInteger("bench.new-tickets", 200);

    public static void main(String[] args) throws Exception {
        new SearchBenchmark().run(args);
    }

    private void run(String[] extraArguments) throws Exception {
        Path data = Path.of("target", "bench-search");
        FileSystemUtils.deleteRecursively(data);
        List<String> arguments = new ArrayList<>(List.of("--resuelve.demo-data=false",
                "--resuelve.data-dir=./" + data, "--resuelve.generate-tickets=" + tickets, "--server.port=0",
                "--resuelve.search.index-when-empty=false"));
        arguments.addAll(List.of(extraArguments));
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ResuelveApplication.class)
                .run(arguments.toArray(String[]::new))) {
            DataSource dataSource = context.getBean(DataSource.class);
            Instant loading = Instant.now();
            insertArticles(dataSource);
            System.out.printf(Locale.ROOT, "%n%,d articles inserted in %d s%n", articles,
                    Duration.between(loading, Instant.now()).toSeconds());

            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                    var rs = statement.executeQuery("select (select count(*) from tickets), (select count(*) from "
                            + "messages), (select count(*) from messages where internal), (select count(*) from "
                            + "kb_article_translations)")) {
                rs.next();
                System.out.printf(Locale.ROOT, "Database: %,d tickets, %,d messages (%,d internal notes), %,d article "
                        + "translations%n", rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
            }
            Reindexing.Progress reindex = context.getBean(Reindexing.class).runAndWait();
            Duration took = Duration.between(reindex.startedAt(), reindex.finishedAt());
            System.out.printf(Locale.ROOT, "Reindex: %,d documents in %,d s = %,d documents/s (%s)%n",
                    reindex.documents(), took.toSeconds(), reindex.rate(reindex.finishedAt()), reindex.state());

            TicketSearch ticketSearch = context.getBean(TicketSearch.class);
            ArticleSearch articleSearch = context.getBean(ArticleSearch.class);
            Actor agent = new Actor(1L, Role.ADMIN, null, "bench@resuelve.local");
            Path index = data.resolve("index").resolve("v2").toAbsolutePath();
            List<String> report = new ArrayList<>();
            try (DirectoryReader ticketReader = DirectoryReader.open(FSDirectory.open(index.resolve("ticket")));
                    DirectoryReader articleReader = DirectoryReader.open(FSDirectory.open(index.resolve("article")));
                    Analyzer spanish = LuceneAnalyzers.standalone("es")) {
                System.out.printf(Locale.ROOT, "Index: %,d ticket documents, %,d article documents%n",
                        ticketReader.numDocs(), articleReader.numDocs());
                IndexSearcher ticketLucene = new IndexSearcher(ticketReader);
                IndexSearcher articleLucene = new IndexSearcher(articleReader);
                List<String> ticketFields = List.of("subject", "description", "messages", "notes");
                List<String> articleFields = List.of("title_es", "body_es");
                List<Line> lines = List.of(
                        new Line("Tickets — TicketSearch (agent), 20 hits", TICKET_QUERIES,
                                q -> ticketSearch.search(agent, q, TicketFilters.none(), 20).size()),
                        new Line("Tickets — bare Lucene (same index, same words), 20 hits", TICKET_QUERIES,
                                q -> bare(ticketLucene, spanish, q, ticketFields, "subject")),
                        new Line("Tickets with a typo — TicketSearch (agent), 20 hits", TYPO_QUERIES,
                                q -> ticketSearch.search(agent, q, TicketFilters.none(), 20).size()),
                        new Line("Tickets with a typo — bare Lucene (exact, then fuzzy), 20 hits", TYPO_QUERIES,
                                q -> bareTolerant(ticketLucene, spanish, q, ticketFields, "subject")),
                        new Line("Articles — ArticleSearch (visitor), 20 hits", TICKET_QUERIES,
                                q -> articleSearch.search(null, q, "es", ArticleFilters.none(), 20).size()),
                        new Line("Articles — bare Lucene (same index, same words), 20 hits", TICKET_QUERIES,
                                q -> bare(articleLucene, spanish, q, articleFields, "title_es")));
                report.addAll(time(lines));
            }
            System.out.printf(Locale.ROOT, "%n%d warm-up + %d timed rounds, one call of each line per round, in ms%n%n", warmUp, iterations);
            System.out.println("| query | p50 | p95 | p99 | max |");
            System.out.println("|---|---:|---:|---:|---:|");
            report.forEach(System.out::println);
            System.out.println();
            details.forEach(System.out::println);
            newTicketLatency(context, ticketSearch, agent, dataSource);
        }
    }

    /** Files tickets through TicketManagement and measures until TicketSearch finds each one. */
    private void newTicketLatency(ConfigurableApplicationContext context, TicketSearch search, Actor agent,
            DataSource dataSource) throws Exception {
        TicketManagement management = context.getBean(TicketManagement.class);
        String requester;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                var rs = statement.executeQuery("select email from users where role = 'CUSTOMER' fetch first 1 row only")) {
            rs.next();
            requester = rs.getString(1);
        }
        long[] filed = new long[newTickets];
        long[] found = new long[newTickets];
        for (int i = 0; i < newTickets; i++) {
            String word = "latencia" + i + "x" + System.nanoTime() % 100000;
            long start = System.nanoTime();
            management.file(NewTicket.of("Prueba " + word, "Ticket nuevo para medir " + word, requester), agent);
            filed[i] = System.nanoTime() - start;
            while (search.search(agent, word, TicketFilters.none(), 1).isEmpty()) {
                Thread.onSpinWait();
            }
            found[i] = System.nanoTime() - start;
        }
        Arrays.sort(filed);
        Arrays.sort(found);
        System.out.printf(Locale.ROOT, "%nNew ticket, %d tickets filed one after another, in ms:%n%n", newTickets);
        System.out.println("| measure | p50 | p95 | p99 | max |");
        System.out.println("|---|---:|---:|---:|---:|");
        System.out.println(row("filing returned (`TicketManagement.file`, commit and indexing included)", filed));
        System.out.println(row("found by `TicketSearch` (from the start of filing)", found));
    }

    private static String row(String name, long[] sorted) {
        return String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f |", name, percentile(sorted, 50),
                percentile(sorted, 95), percentile(sorted, 99), sorted[sorted.length - 1] / 1e6);
    }

    /** What the search does, without Hibernate Search: every word in one of the fields, top 20, stored title read. */
    private static int bare(IndexSearcher searcher, Analyzer analyzer, String q, List<String> fields, String title)
            throws Exception {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String term : terms(analyzer, q)) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            fields.forEach(field -> any.add(new TermQuery(new Term(field, term)), BooleanClause.Occur.SHOULD));
            all.add(any.build(), BooleanClause.Occur.MUST);
        }
        ScoreDoc[] hits = searcher.search(all.build(), 20).scoreDocs;
        StoredFields stored = searcher.storedFields();
        int read = 0;
        for (ScoreDoc hit : hits) {
            read += stored.document(hit.doc).get(title) == null ? 0 : 1;
        }
        return read;
    }

    /** The bare query, then, finding nothing, each word with the edits and prefix TextQuery allows. */
    private static int bareTolerant(IndexSearcher searcher, Analyzer analyzer, String q, List<String> fields,
            String title) throws Exception {
        int exact = bare(searcher, analyzer, q, fields, title);
        if (exact > 0) {
            return exact;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String term : terms(analyzer, q)) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            int edits = term.length() >= 8 ? 2 : term.length() >= 4 ? 1 : 0;
            fields.forEach(field -> any.add(new FuzzyQuery(new Term(field, term), edits, FUZZY_PREFIX),
                    BooleanClause.Occur.SHOULD));
            all.add(any.build(), BooleanClause.Occur.MUST);
        }
        ScoreDoc[] hits = searcher.search(all.build(), 20).scoreDocs;
        StoredFields stored = searcher.storedFields();
        int read = 0;
        for (ScoreDoc hit : hits) {
            read += stored.document(hit.doc).get(title) == null ? 0 : 1;
        }
        return read;
    }

    private static List<String> terms(Analyzer analyzer, String text) throws Exception {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }

    /** Articles in one folder, 70% of them also in English, written from the generated tickets' vocabulary. */
    private void insertArticles(DataSource dataSource) throws Exception {
        Random random = new Random(2026);
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("insert into kb_collections (name, country_code, position) values ('Bench', 'CO', 0)");
                statement.executeUpdate("insert into kb_folders (collection_id, name, position) "
                        + "select max(id), 'Bench', 0 from kb_collections");
            }
            long folder;
            try (Statement statement = connection.createStatement();
                    var rs = statement.executeQuery("select max(id) from kb_folders")) {
                rs.next();
                folder = rs.getLong(1);
            }
            try (PreparedStatement article = connection.prepareStatement("insert into kb_articles (folder_id, kind, "
                    + "visibility, published, default_language, created_at, updated_at, view_count) "
                    + "values (?, 'HOW_TO', ?, true, 'es', ?, ?, 0)", new String[] { "id" });
                    PreparedStatement translation = connection.prepareStatement("insert into "
                            + "kb_article_translations (article_id, language, title, body, updated_at) "
                            + "values (?, ?, ?, ?, ?)")) {
                for (int from = 0; from < articles; from += 1000) {
                    int size = Math.min(1000, articles - from);
                    for (int i = from; i < from + size; i++) {
                        article.setLong(1, folder);
                        article.setString(2, i % 10 == 0 ? "CUSTOMERS" : "PUBLIC");
                        article.setTimestamp(3, now);
                        article.setTimestamp(4, now);
                        article.addBatch();
                    }
                    article.executeBatch();
                    try (var keys = article.getGeneratedKeys()) {
                        while (keys.next()) {
                            long id = keys.getLong(1);
                            addTranslation(translation, id, "es", random, now);
                            if (random.nextInt(10) < 7) {
                                addTranslation(translation, id, "en", random, now);
                            }
                        }
                    }
                    translation.executeBatch();
                    connection.commit();
                }
            }
        }
    }

    private static void addTranslation(PreparedStatement translation, long id, String language, Random random,
            Timestamp now) throws Exception {
        int thing = random.nextInt(THINGS.size());
        String action = pick(random, ACTIONS);
        String product = pick(random, PRODUCTS);
        translation.setLong(1, id);
        translation.setString(2, language);
        if ("en".equals(language)) {
            translation.setString(3, "How to manage " + ENGLISH.get(thing) + " in " + product + " (" + id + ")");
            translation.setString(4, "## Steps\n\n1. Open " + product + " and go to " + ENGLISH.get(thing)
                    + ".\n2. Check the filters and the date.\n3. Sync the device again.\n\nIf the error persists, "
                    + "contact support with a screenshot.");
        } else {
            String thingName = THINGS.get(thing);
            translation.setString(3, switch (random.nextInt(3)) {
                case 0 -> "Cómo " + action + " en " + product;
                case 1 -> "Qué hacer si no se cargan los " + thingName + " en " + product;
                default -> "Error " + (1000 + random.nextInt(400)) + " al " + action;
            } + " (" + id + ")");
            translation.setString(4, "## Antes de empezar\n\nVerifique que " + pick(random, DEVICES) + " tenga "
                    + "conexión y que el usuario tenga permiso sobre los " + thingName + ".\n\n## Pasos\n\n1. Abra "
                    + product + " y entre a **" + thingName + "**.\n2. Elija la ruta " + (1 + random.nextInt(40))
                    + " y la fecha de entrega.\n3. Pulse *" + action + "* y espere la confirmación.\n\n"
                    + "## Si el problema continúa\n\n" + pick(random, CLOSINGS));
        }
        translation.setTimestamp(5, now);
        translation.addBatch();
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    interface Query {
        int run(String q) throws Exception;
    }

    /** A timed kind of query: its name, the words it cycles through, the call. */
    private record Line(String name, List<String> words, Query query) {
    }

    /**
     * Warms every line up, then times them in turn, one call of each per round: a pause of the machine (a garbage
     * collection, another process) falls on all lines alike, the bare baseline included.
     */
    private List<String> time(List<Line> lines) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            for (Line line : lines) {
                line.query().run(line.words().get(i % line.words().size()));
            }
        }
        long[][] nanos = new long[lines.size()][iterations];
        long[] rows = new long[lines.size()];
        for (int i = 0; i < iterations; i++) {
            for (int l = 0; l < lines.size(); l++) {
                Line line = lines.get(l);
                long start = System.nanoTime();
                rows[l] += line.query().run(line.words().get(i % line.words().size()));
                nanos[l][i] = System.nanoTime() - start;
            }
        }
        List<String> report = new ArrayList<>();
        for (int l = 0; l < lines.size(); l++) {
            Line line = lines.get(l);
            int words = line.words().size();
            StringBuilder detail = new StringBuilder("- " + line.name() + ", p50 / p99 by query:");
            for (int w = 0; w < words; w++) {
                long[] sorted = new long[(iterations - w + words - 1) / words];
                for (int i = w, k = 0; i < iterations; i += words, k++) {
                    sorted[k] = nanos[l][i];
                }
                Arrays.sort(sorted);
                detail.append(String.format(Locale.ROOT, " `%s` %.1f / %.1f;", line.words().get(w),
                        percentile(sorted, 50), percentile(sorted, 99)));
            }
            details.add(detail.toString());
            long[] sorted = nanos[l].clone();
            Arrays.sort(sorted);
            report.add(String.format(Locale.ROOT, "| %s (%.1f hits on average) | %.2f | %.2f | %.2f | %.2f |",
                    line.name(), rows[l] / (double) iterations, percentile(sorted, 50), percentile(sorted, 95),
                    percentile(sorted, 99), sorted[sorted.length - 1] / 1e6));
        }
        return report;
    }

    private static double percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
