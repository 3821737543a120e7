package io.resuelve.kb;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import io.resuelve.accounts.Actor;
import io.resuelve.shared.ForbiddenException;
import io.resuelve.shared.InvalidInputException;
import io.resuelve.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** News and service-incident banners of the portal home; administrators write them. */
@Service
@Transactional
public class Banners {

    private final BannerRepository banners;
    private final Clock clock;

    Banners(BannerRepository banners, Clock clock) {
        this.banners = banners;
        this.clock = clock;
    }

    /** The banners showing now: incidents first, then warnings, then news; newest first within each. */
    @Transactional(readOnly = true)
    public List<BannerView> showing() {
        Instant now = clock.instant();
        return banners.showing(now).stream().map(b -> b.view(now))
                .sorted(Comparator.comparing((BannerView b) -> b.severity().ordinal()).reversed())
                .toList();
    }

    /** Every banner, past, present and future, newest start first (administrators). */
    @Transactional(readOnly = true)
    public List<BannerView> all(Actor viewer) {
        requireAdmin(viewer);
        Instant now = clock.instant();
        return banners.newestFirst().stream().map(b -> b.view(now)).toList();
    }

    @Transactional(readOnly = true)
    public BannerView banner(long id, Actor viewer) {
        requireAdmin(viewer);
        return banners.findById(id).map(b -> b.view(clock.instant()))
                .orElseThrow(() -> new NotFoundException("kb.error.notFound"));
    }

    public long create(BannerInput input, Actor by) {
        requireAdmin(by);
        return banners.save(new Banner(valid(input), by.userId(), clock.instant())).view(clock.instant()).id();
    }

    public void change(long id, BannerInput input, Actor by) {
        requireAdmin(by);
        banners.findById(id).orElseThrow(() -> new NotFoundException("kb.error.notFound")).change(valid(input));
    }

    public void delete(long id, Actor by) {
        requireAdmin(by);
        banners.deleteById(id);
    }

    private BannerInput valid(BannerInput input) {
        if (input.title() == null || input.title().isBlank()) {
            throw new InvalidInputException("title", "kb.error.titleRequired");
        }
        if (input.title().strip().length() > 200) {
            throw new InvalidInputException("title", "kb.error.titleTooLong", 200);
        }
        if (input.body() != null && input.body().length() > 2000) {
            throw new InvalidInputException("body", "kb.error.bodyTooLong", 2000);
        }
        if (input.severity() == null) {
            throw new InvalidInputException("severity", "kb.error.severity");
        }
        Instant start = input.startsAt() == null ? clock.instant() : input.startsAt();
        if (input.endsAt() != null && !input.endsAt().isAfter(start)) {
            throw new InvalidInputException("endsAt", "kb.error.bannerWindow");
        }
        String body = input.body() == null || input.body().isBlank() ? null : input.body().strip();
        return new BannerInput(input.title().strip(), body, input.severity(), start, input.endsAt());
    }

    private static void requireAdmin(Actor actor) {
        if (actor == null || !actor.isAdmin()) {
            throw new ForbiddenException("kb.error.adminOnly");
        }
    }
}
