package io.resuelve.kb;

import java.util.List;

/** A folder with the articles the viewer may read in it. */
public record FolderView(Long id, Long collectionId, String collectionName, String name, Long productId,
        int position, List<ArticleSummary> articles) {
}
