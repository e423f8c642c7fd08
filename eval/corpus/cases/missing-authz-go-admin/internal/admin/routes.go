package admin

import (
	"net/http"
	"strconv"

	"example.com/shop/internal/auth"
	"example.com/shop/internal/users"
)

func Register(mux *http.ServeMux, store *users.Store) {
	mux.Handle("DELETE /admin/users/{id}", auth.RequireLogin(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
		if err != nil {
			http.Error(w, "bad id", http.StatusBadRequest)
			return
		}
		if err := store.Delete(r.Context(), id); err != nil {
			http.Error(w, "delete failed", http.StatusInternalServerError)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	})))
}
