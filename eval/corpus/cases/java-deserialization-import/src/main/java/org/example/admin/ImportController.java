package org.example.admin;

import java.io.IOException;
import java.io.ObjectInputStream;
import javax.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ImportController {
    private final SettingsService settings;

    public ImportController(SettingsService settings) {
        this.settings = settings;
    }

    @PostMapping("/admin/settings/import")
    public ResponseEntity<String> importSettings(HttpServletRequest request) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(request.getInputStream())) {
            SettingsSnapshot snapshot = (SettingsSnapshot) in.readObject();
            settings.apply(snapshot);
        }
        return ResponseEntity.ok("imported");
    }
}
