package io.resuelve.accounts;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

import io.resuelve.shared.ForbiddenException;
import io.resuelve.shared.InvalidInputException;
import io.resuelve.shared.NotFoundException;
import io.resuelve.shared.TooLargeException;
import io.resuelve.storage.BlobStorage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** A person's own profile (seed 002 "Perfil del usuario"): details, language, time zone and photo. */
@Service
@Transactional(readOnly = true)
public class Profiles {

    private final UserRepository users;
    private final ProfilePhotos photos;
    private final BlobStorage storage;

    Profiles(UserRepository users, ProfilePhotos photos, BlobStorage storage) {
        this.users = users;
        this.photos = photos;
        this.storage = storage;
    }

    /** The actor's own profile. */
    public ProfileView profile(Actor actor) {
        UserAccount user = own(actor);
        String photo = user.photoSha256();
        return new ProfileView(user.view(), photo == null ? null : photo.substring(0, 16));
    }

    /**
     * A person changes their own name, job title, phone, language and time zone. Sessions keep what they had at
     * sign-in until the person signs in again.
     *
     * @throws InvalidInputException naming the field: no name or one over 200 characters, a job title over 200,
     *                               a phone over 50, no language, no or an unknown time zone
     */
    @Transactional
    public UserView updateProfile(Actor actor, ProfileUpdate update) {
        UserAccount user = own(actor);
        if (update.name() == null || update.name().isBlank()) {
            throw new InvalidInputException("name", "error.profile.nameRequired");
        }
        String name = limited("name", update.name(), 200, "error.profile.nameTooLong");
        String jobTitle = limited("jobTitle", update.jobTitle(), 200, "error.profile.jobTitleTooLong");
        String phone = limited("phone", update.phone(), 50, "error.profile.phoneTooLong");
        if (update.language() == null) {
            throw new InvalidInputException("language", "error.profile.languageRequired");
        }
        if (update.timeZone() == null || update.timeZone().isBlank()) {
            throw new InvalidInputException("timeZone", "error.profile.timeZoneRequired");
        }
        user.updateProfile(name, jobTitle, phone, update.language(), AccountManagement.timeZone(update.timeZone()));
        return user.view();
    }

    /**
     * A person sets their photo: a PNG, JPEG, GIF, WebP or BMP image of up to 5 MB, judged by its bytes, kept as a
     * PNG of at most 256×256 pixels.
     *
     * @throws TooLargeException     over 5 MB
     * @throws InvalidInputException not such an image, or one that does not decode
     */
    // Decoding and scaling a large photo takes a moment: no transaction (nor database connection) waits on it.
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void changePhoto(Actor actor, InputStream upload) {
        own(actor);
        byte[] png = photos.toPng(upload);
        String sha256;
        try {
            sha256 = storage.store(new ByteArrayInputStream(png), png.length).sha256();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        UserAccount user = own(actor);
        user.changePhoto(sha256);
        users.save(user);
    }

    /** A person removes their photo. */
    @Transactional
    public void removePhoto(Actor actor) {
        own(actor).changePhoto(null);
    }

    /**
     * The photo (PNG) of a person the viewer may see — see {@link AccountManagement#visibleUser} — or empty when they have none.
     *
     * @throws NotFoundException when the viewer may not see that person
     */
    public Optional<byte[]> photo(Long userId, Actor viewer) {
        UserAccount user = (userId == null ? Optional.<UserAccount>empty() : users.findById(userId))
                .filter(candidate -> AccountManagement.visibleTo(candidate.view(), viewer))
                .orElseThrow(() -> new NotFoundException("error.user.notFound"));
        String sha256 = user.photoSha256();
        if (sha256 == null || !storage.exists(sha256)) {
            return Optional.empty();
        }
        try (InputStream in = storage.open(sha256)) {
            return Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private UserAccount own(Actor actor) {
        if (actor.isSystem()) {
            throw new ForbiddenException("error.forbidden");
        }
        return users.findById(actor.userId()).orElseThrow(() -> new NotFoundException("error.user.notFound"));
    }

    /** Like {@link AccountManagement#optional}, with a message that names the field in words rather than by its API name. */
    private static String limited(String field, String value, int max, String tooLongKey) {
        if (value != null && value.strip().length() > max) {
            throw new InvalidInputException(field, tooLongKey, max);
        }
        return AccountManagement.optional(field, value, max);
    }
}
