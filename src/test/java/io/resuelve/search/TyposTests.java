package io.resuelve.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** Mistyped words replaced by the index words within their edits, on a real Lucene index with the Spanish analyzer. */
class TyposTests {

    @Test
    void aMistypedWordBecomesTheIndexWordsWithinItsEdits() throws Exception {
        try (var directory = new ByteBuffersDirectory()) {
            index(directory, "No puedo descargar la factura electrónica", "Los pedidos de la ruta 3",
                    "La fractura del equipo", "Factura duplicada en el pedido");
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                List<String> fields = List.of("subject^3", "description");

                Set<String> factura = Typos.near(reader, fields, "fatcura");
                assertThat(factura).first().isEqualTo("factur"); // one swap: closest, and frequent
                assertThat(factura).doesNotContain("fractur"); // two edits from "fatcur"
                assertThat(Typos.near(reader, fields, "pdidos")).containsExactly("pedid");
                assertThat(Typos.near(reader, fields, "elecrtonika")).containsExactly("electronic");
                assertThat(Typos.near(reader, fields, "xedidos")).as("the first letter is kept").isEmpty();
                assertThat(Typos.near(reader, fields, "mes")).as("short words must be exact").isEmpty();
                assertThat(Typos.near(reader, fields, "ruta")).containsExactly("ruta");
            }
        }
    }

    @Test
    void distanceCountsASwapAsOneEdit() {
        assertThat(Typos.distance("factur", "fatcur")).isEqualTo(1);
        assertThat(Typos.distance("factur", "fractur")).isEqualTo(1);
        assertThat(Typos.distance("pedid", "pedid")).isZero();
        assertThat(Typos.distance("contraseña", "contrasena")).isEqualTo(1);
    }

    private static void index(ByteBuffersDirectory directory, String... descriptions) throws Exception {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(LuceneAnalyzers.standalone("es")))) {
            for (String description : descriptions) {
                Document document = new Document();
                document.add(new TextField("description", description, Field.Store.NO));
                writer.addDocument(document);
            }
        }
    }
}
