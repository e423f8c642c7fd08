import sqlite3

from flask import Blueprint, g, jsonify, request

orders = Blueprint("orders", __name__)


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect("shop.db")
    return g.db


@orders.route("/orders")
def list_orders():
    status = request.args.get("status", "open")
    cur = get_db().cursor()
    cur.execute(f"SELECT id, total, status FROM orders WHERE status = '{status}' ORDER BY id")
    return jsonify([{"id": r[0], "total": r[1], "status": r[2]} for r in cur.fetchall()])
