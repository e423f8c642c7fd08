import base64
import pickle

from flask import Flask, request

app = Flask(__name__)


def load_session():
    raw = request.cookies.get("session")
    if not raw:
        return {}
    return pickle.loads(base64.b64decode(raw))


@app.get("/cart")
def cart():
    session = load_session()
    return {"items": session.get("cart", [])}
