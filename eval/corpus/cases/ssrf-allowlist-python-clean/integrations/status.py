from urllib.parse import urlparse

import requests
from django.http import JsonResponse

ALLOWED_HOSTS = {"status.example-payments.com", "status.example-mail.com"}


def provider_status(request):
    url = request.GET.get("url", "")
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in ALLOWED_HOSTS or parsed.port not in (None, 443):
        return JsonResponse({"error": "unsupported provider"}, status=400)
    response = requests.get(url, timeout=5, allow_redirects=False)
    return JsonResponse({"status": response.status_code})
