package files

import (
	"net/http"
	"os"
	"path/filepath"
)

const uploadsDir = "/srv/app/uploads"

// Download serves an uploaded attachment by name.
func Download(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	if name == "" {
		http.Error(w, "missing name", http.StatusBadRequest)
		return
	}
	data, err := os.ReadFile(filepath.Join(uploadsDir, name))
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	w.Header().Set("Content-Type", "application/octet-stream")
	_, _ = w.Write(data)
}
