package io.resuelve.kb;

import java.util.List;

/** A collection with its folders. */
public record CollectionView(Long id, String name, String countryCode, int position, List<FolderView> folders) {

    /** How many articles the viewer may read in the whole collection. */
    public int articleCount() {
        return folders.stream().mapToInt(f -> f.articles().size()).sum();
    }
}
