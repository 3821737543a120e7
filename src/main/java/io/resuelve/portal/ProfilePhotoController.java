package io.resuelve.portal;

import java.io.IOException;
import java.io.InputStream;

import io.resuelve.accounts.Profiles;
import io.resuelve.accounts.Actor;
import io.resuelve.shared.InvalidInputException;
import io.resuelve.shared.TooLargeException;
import io.resuelve.web.Messages;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Profile photos: one's own, set and removed on the profile page; anyone's, for those who may see that person. */
@Controller
class ProfilePhotoController {

    private final Profiles profiles;
    private final ProfilePage page;
    private final Messages messages;

    ProfilePhotoController(Profiles profiles, ProfilePage page, Messages messages) {
        this.profiles = profiles;
        this.page = page;
        this.messages = messages;
    }

    @PostMapping("/perfil/foto")
    String upload(@RequestParam(name = "photo", required = false) MultipartFile photo, Actor actor, Model model,
            RedirectAttributes redirect) throws IOException {
        try (InputStream content = photo == null ? InputStream.nullInputStream() : photo.getInputStream()) {
            profiles.changePhoto(actor, content);
        } catch (InvalidInputException | TooLargeException e) {
            return page.showError(actor, model, "photo", e);
        }
        redirect.addFlashAttribute("flash", messages.of("profile.photo.changed"));
        return "redirect:/perfil";
    }

    @PostMapping("/perfil/foto/quitar")
    String remove(Actor actor, RedirectAttributes redirect) {
        profiles.removePhoto(actor);
        redirect.addFlashAttribute("flash", messages.of("profile.photo.removed"));
        return "redirect:/perfil";
    }

    /** 404 both when the person has no photo and when the viewer may not see them. */
    @GetMapping("/personas/{id}/foto")
    ResponseEntity<byte[]> photo(@PathVariable long id, Actor actor) {
        return profiles.photo(id, actor)
                .map(png -> ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                        .header("X-Content-Type-Options", "nosniff")
                        .header(HttpHeaders.CACHE_CONTROL, "private, max-age=300")
                        .body(png))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
