import requests
from django.http import JsonResponse
from django.views.decorators.http import require_POST


@require_POST
def test_webhook(request):
    target = request.POST.get("callback_url")
    response = requests.post(target, json={"event": "ping"}, timeout=5)
    return JsonResponse({"status": response.status_code, "body": response.text[:500]})
