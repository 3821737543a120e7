package io.resuelve.kb;

import java.util.List;

import io.resuelve.accounts.Actor;
import io.resuelve.shared.ConflictException;
import io.resuelve.shared.InvalidInputException;
import io.resuelve.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The shelves of the knowledge base: collections (per country) and their folders (per product). Staff only. */
@Service
@Transactional
public class KbStructure {

    /** Where articles go when their author names no folder. */
    static final String DEFAULT_NAME = "General";

    private final CollectionRepository collections;
    private final FolderRepository folders;
    private final ArticleRepository articles;

    KbStructure(CollectionRepository collections, FolderRepository folders, ArticleRepository articles) {
        this.collections = collections;
        this.folders = folders;
        this.articles = articles;
    }

    /** Creates a collection; returns its id. */
    public long createCollection(String name, String countryCode, int position, Actor by) {
        ArticleAuthoring.requireStaff(by);
        return collections.save(new KbCollection(name(name), code(countryCode), position)).id();
    }

    public void changeCollection(long id, String name, String countryCode, int position, Actor by) {
        ArticleAuthoring.requireStaff(by);
        collection(id).change(name(name), code(countryCode), position);
    }

    /** Deletes an empty collection. */
    public void deleteCollection(long id, Actor by) {
        ArticleAuthoring.requireStaff(by);
        if (!folders.findByCollectionIdOrderByPositionAscNameAsc(id).isEmpty()) {
            throw new ConflictException("kb.error.collectionNotEmpty");
        }
        collections.delete(collection(id));
    }

    /** Creates a folder in a collection; returns its id. */
    public long createFolder(long collectionId, String name, Long productId, int position, Actor by) {
        ArticleAuthoring.requireStaff(by);
        return folders.save(new KbFolder(collection(collectionId), name(name), productId, position)).id();
    }

    public void changeFolder(long id, long collectionId, String name, Long productId, int position, Actor by) {
        ArticleAuthoring.requireStaff(by);
        KbFolder folder = folders.findById(id).orElseThrow(() -> new NotFoundException("kb.error.notFound"));
        folder.change(collection(collectionId), name(name), productId, position);
    }

    /** Deletes a folder without articles. */
    public void deleteFolder(long id, Actor by) {
        ArticleAuthoring.requireStaff(by);
        KbFolder folder = folders.findById(id).orElseThrow(() -> new NotFoundException("kb.error.notFound"));
        if (!articles.candidates(null, id, null, false).isEmpty()) {
            throw new ConflictException("kb.error.folderNotEmpty");
        }
        folders.delete(folder);
    }

    /** The folder "General" of the collection "General", created the first time it is needed. */
    KbFolder defaultFolder() {
        KbCollection collection = collections.findAllByOrderByPositionAscNameAsc().stream()
                .filter(c -> c.countryCode() == null && DEFAULT_NAME.equals(c.name())).findFirst()
                .orElseGet(() -> collections.save(new KbCollection(DEFAULT_NAME, null, 1000)));
        List<KbFolder> existing = folders.findByCollectionIdOrderByPositionAscNameAsc(collection.id());
        return existing.stream().filter(f -> DEFAULT_NAME.equals(f.name())).findFirst()
                .orElseGet(() -> folders.save(new KbFolder(collection, DEFAULT_NAME, null, 0)));
    }

    private KbCollection collection(long id) {
        return collections.findById(id).orElseThrow(() -> new InvalidInputException("collectionId",
                "kb.error.collection"));
    }

    private static String name(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "kb.error.nameRequired");
        }
        String clean = name.strip();
        return clean.length() > 150 ? clean.substring(0, 150) : clean;
    }

    private static String code(String countryCode) {
        return countryCode == null || countryCode.isBlank() ? null : countryCode.strip().toUpperCase();
    }
}
