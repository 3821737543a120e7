package io.resuelve.kb;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CollectionRepository extends JpaRepository<KbCollection, Long> {

    List<KbCollection> findAllByOrderByPositionAscNameAsc();
}

interface FolderRepository extends JpaRepository<KbFolder, Long> {

    List<KbFolder> findAllByOrderByPositionAscNameAsc();

    List<KbFolder> findByCollectionIdOrderByPositionAscNameAsc(Long collectionId);
}

interface ArticleRepository extends JpaRepository<Article, Long> {

    /** Candidates for a listing; who may read each one is decided afterwards by {@link ReadingRules}. */
    @Query("""
            select a from Article a join fetch a.folder f join fetch f.collection c
            where (:collectionId is null or c.id = :collectionId)
              and (:folderId is null or f.id = :folderId)
              and (:kind is null or a.kind = :kind)
              and (:onlyPublished = false or a.published = true)
            order by a.updatedAt desc, a.id desc""")
    List<Article> candidates(Long collectionId, Long folderId, ArticleKind kind, boolean onlyPublished);

    @Query("select a from Article a join fetch a.folder f join fetch f.collection where a.id in :ids")
    List<Article> findAllWithFolder(Collection<Long> ids);

    @Modifying
    @Query("update Article a set a.viewCount = a.viewCount + 1 where a.id = :id")
    int countView(Long id);
}

interface VersionRepository extends JpaRepository<ArticleVersion, Long> {

    @Query("select v from ArticleVersion v where v.articleId = :articleId order by v.createdAt desc, v.id desc")
    List<ArticleVersion> history(Long articleId);

    @Query("select v from ArticleVersion v where v.articleId = :articleId and v.language = :language "
            + "and v.id < :before order by v.id desc limit 1")
    Optional<ArticleVersion> previous(Long articleId, String language, Long before);
}

interface RatingRepository extends JpaRepository<ArticleRating, Long> {

    Optional<ArticleRating> findByArticleIdAndUserId(Long articleId, Long userId);

    Optional<ArticleRating> findByArticleIdAndSessionKey(Long articleId, String sessionKey);

    @Query("select r from ArticleRating r where r.articleId = :articleId order by r.createdAt desc, r.id desc")
    List<ArticleRating> forArticle(Long articleId);

    @Query("select r.articleId, r.helpful, count(r) from ArticleRating r group by r.articleId, r.helpful")
    List<Object[]> tally();
}

interface SavedArticleRepository extends JpaRepository<SavedArticle, SavedArticle.Key> {

    @Query("select s from SavedArticle s where s.userId = :userId order by s.savedAt desc")
    List<SavedArticle> savedBy(Long userId);

    boolean existsByUserIdAndArticleId(Long userId, Long articleId);
}

interface KbFileRepository extends JpaRepository<KbFile, Long> {

    @Query("select f from KbFile f where f.articleId = :articleId order by f.uploadedAt desc, f.id desc")
    List<KbFile> forArticle(Long articleId);
}

interface BannerRepository extends JpaRepository<Banner, Long> {

    @Query("select b from Banner b where b.startsAt <= :now and (b.endsAt is null or b.endsAt > :now) "
            + "order by b.startsAt desc")
    List<Banner> showing(Instant now);

    @Query("select b from Banner b order by b.startsAt desc, b.id desc")
    List<Banner> newestFirst();
}
