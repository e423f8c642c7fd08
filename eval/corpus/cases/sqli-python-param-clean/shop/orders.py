import sqlite3

from flask import Blueprint, g, jsonify, request

orders = Blueprint("orders", __name__)

SORTABLE = {"id": "id", "total": "total", "created": "created_at"}


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect("shop.db")
    return g.db


@orders.route("/orders")
def list_orders():
    status = request.args.get("status", "open")
    column = SORTABLE.get(request.args.get("sort", "id"), "id")
    cur = get_db().cursor()
    # The column comes from SORTABLE's values only; the status is a bound parameter.
    cur.execute(f"SELECT id, total, status FROM orders WHERE status = ? ORDER BY {column}", (status,))
    return jsonify([{"id": r[0], "total": r[1], "status": r[2]} for r in cur.fetchall()])
