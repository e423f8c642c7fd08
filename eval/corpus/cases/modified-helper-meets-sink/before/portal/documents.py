"""Document storage for the customer portal: metadata in SQLite, files under UPLOAD_ROOT."""
import os
import sqlite3
import unicodedata

from werkzeug.utils import secure_filename

UPLOAD_ROOT = "/srv/portal/uploads"
db = sqlite3.connect(os.environ.get("PORTAL_DB", "portal.db"), check_same_thread=False)


def safe_filename(name):
    # Unicode-normalised and reduced to a plain file name without folders.
    return secure_filename(unicodedata.normalize("NFC", name))


def list_contracts(owner_id, limit=50):
    rows = db.execute(
        "SELECT id, title, created_at FROM documents WHERE owner_id = ? AND kind = ? ORDER BY created_at DESC LIMIT ?",
        (owner_id, "contract", limit),
    ).fetchall()
    return [{"id": r[0], "title": r[1], "created_at": r[2]} for r in rows]


def count_contracts(owner_id):
    return db.execute(
        "SELECT COUNT(*) FROM documents WHERE owner_id = ? AND kind = ?", (owner_id, "contract")
    ).fetchone()[0]


def rename_contract(owner_id, doc_id, title):
    if not title or len(title) > 200:
        raise ValueError("a title is 1 to 200 characters")
    db.execute(
        "UPDATE documents SET title = ? WHERE id = ? AND owner_id = ? AND kind = ?",
        (title, doc_id, owner_id, "contract"),
    )
    db.commit()

def list_invoices(owner_id, limit=50):
    rows = db.execute(
        "SELECT id, title, created_at FROM documents WHERE owner_id = ? AND kind = ? ORDER BY created_at DESC LIMIT ?",
        (owner_id, "invoice", limit),
    ).fetchall()
    return [{"id": r[0], "title": r[1], "created_at": r[2]} for r in rows]


def count_invoices(owner_id):
    return db.execute(
        "SELECT COUNT(*) FROM documents WHERE owner_id = ? AND kind = ?", (owner_id, "invoice")
    ).fetchone()[0]


def rename_invoice(owner_id, doc_id, title):
    if not title or len(title) > 200:
        raise ValueError("a title is 1 to 200 characters")
    db.execute(
        "UPDATE documents SET title = ? WHERE id = ? AND owner_id = ? AND kind = ?",
        (title, doc_id, owner_id, "invoice"),
    )
    db.commit()

def list_receipts(owner_id, limit=50):
    rows = db.execute(
        "SELECT id, title, created_at FROM documents WHERE owner_id = ? AND kind = ? ORDER BY created_at DESC LIMIT ?",
        (owner_id, "receipt", limit),
    ).fetchall()
    return [{"id": r[0], "title": r[1], "created_at": r[2]} for r in rows]


def count_receipts(owner_id):
    return db.execute(
        "SELECT COUNT(*) FROM documents WHERE owner_id = ? AND kind = ?", (owner_id, "receipt")
    ).fetchone()[0]


def rename_receipt(owner_id, doc_id, title):
    if not title or len(title) > 200:
        raise ValueError("a title is 1 to 200 characters")
    db.execute(
        "UPDATE documents SET title = ? WHERE id = ? AND owner_id = ? AND kind = ?",
        (title, doc_id, owner_id, "receipt"),
    )
    db.commit()

def list_statements(owner_id, limit=50):
    rows = db.execute(
        "SELECT id, title, created_at FROM documents WHERE owner_id = ? AND kind = ? ORDER BY created_at DESC LIMIT ?",
        (owner_id, "statement", limit),
    ).fetchall()
    return [{"id": r[0], "title": r[1], "created_at": r[2]} for r in rows]


def count_statements(owner_id):
    return db.execute(
        "SELECT COUNT(*) FROM documents WHERE owner_id = ? AND kind = ?", (owner_id, "statement")
    ).fetchone()[0]


def rename_statement(owner_id, doc_id, title):
    if not title or len(title) > 200:
        raise ValueError("a title is 1 to 200 characters")
    db.execute(
        "UPDATE documents SET title = ? WHERE id = ? AND owner_id = ? AND kind = ?",
        (title, doc_id, owner_id, "statement"),
    )
    db.commit()

def list_letters(owner_id, limit=50):
    rows = db.execute(
        "SELECT id, title, created_at FROM documents WHERE owner_id = ? AND kind = ? ORDER BY created_at DESC LIMIT ?",
        (owner_id, "letter", limit),
    ).fetchall()
    return [{"id": r[0], "title": r[1], "created_at": r[2]} for r in rows]


def count_letters(owner_id):
    return db.execute(
        "SELECT COUNT(*) FROM documents WHERE owner_id = ? AND kind = ?", (owner_id, "letter")
    ).fetchone()[0]


def rename_letter(owner_id, doc_id, title):
    if not title or len(title) > 200:
        raise ValueError("a title is 1 to 200 characters")
    db.execute(
        "UPDATE documents SET title = ? WHERE id = ? AND owner_id = ? AND kind = ?",
        (title, doc_id, owner_id, "letter"),
    )
    db.commit()

def list_certificates(owner_id, limit=50):
    rows = db.execute(
        "SELECT id, title, created_at FROM documents WHERE owner_id = ? AND kind = ? ORDER BY created_at DESC LIMIT ?",
        (owner_id, "certificate", limit),
    ).fetchall()
    return [{"id": r[0], "title": r[1], "created_at": r[2]} for r in rows]


def count_certificates(owner_id):
    return db.execute(
        "SELECT COUNT(*) FROM documents WHERE owner_id = ? AND kind = ?", (owner_id, "certificate")
    ).fetchone()[0]


def rename_certificate(owner_id, doc_id, title):
    if not title or len(title) > 200:
        raise ValueError("a title is 1 to 200 characters")
    db.execute(
        "UPDATE documents SET title = ? WHERE id = ? AND owner_id = ? AND kind = ?",
        (title, doc_id, owner_id, "certificate"),
    )
    db.commit()

def list_policys(owner_id, limit=50):
    rows = db.execute(
        "SELECT id, title, created_at FROM documents WHERE owner_id = ? AND kind = ? ORDER BY created_at DESC LIMIT ?",
        (owner_id, "policy", limit),
    ).fetchall()
    return [{"id": r[0], "title": r[1], "created_at": r[2]} for r in rows]


def count_policys(owner_id):
    return db.execute(
        "SELECT COUNT(*) FROM documents WHERE owner_id = ? AND kind = ?", (owner_id, "policy")
    ).fetchone()[0]


def rename_policy(owner_id, doc_id, title):
    if not title or len(title) > 200:
        raise ValueError("a title is 1 to 200 characters")
    db.execute(
        "UPDATE documents SET title = ? WHERE id = ? AND owner_id = ? AND kind = ?",
        (title, doc_id, owner_id, "policy"),
    )
    db.commit()

def list_reports(owner_id, limit=50):
    rows = db.execute(
        "SELECT id, title, created_at FROM documents WHERE owner_id = ? AND kind = ? ORDER BY created_at DESC LIMIT ?",
        (owner_id, "report", limit),
    ).fetchall()
    return [{"id": r[0], "title": r[1], "created_at": r[2]} for r in rows]


def count_reports(owner_id):
    return db.execute(
        "SELECT COUNT(*) FROM documents WHERE owner_id = ? AND kind = ?", (owner_id, "report")
    ).fetchone()[0]


def rename_report(owner_id, doc_id, title):
    if not title or len(title) > 200:
        raise ValueError("a title is 1 to 200 characters")
    db.execute(
        "UPDATE documents SET title = ? WHERE id = ? AND owner_id = ? AND kind = ?",
        (title, doc_id, owner_id, "report"),
    )
    db.commit()

def list_manuals(owner_id, limit=50):
    rows = db.execute(
        "SELECT id, title, created_at FROM documents WHERE owner_id = ? AND kind = ? ORDER BY created_at DESC LIMIT ?",
        (owner_id, "manual", limit),
    ).fetchall()
    return [{"id": r[0], "title": r[1], "created_at": r[2]} for r in rows]


def count_manuals(owner_id):
    return db.execute(
        "SELECT COUNT(*) FROM documents WHERE owner_id = ? AND kind = ?", (owner_id, "manual")
    ).fetchone()[0]


def rename_manual(owner_id, doc_id, title):
    if not title or len(title) > 200:
        raise ValueError("a title is 1 to 200 characters")
    db.execute(
        "UPDATE documents SET title = ? WHERE id = ? AND owner_id = ? AND kind = ?",
        (title, doc_id, owner_id, "manual"),
    )
    db.commit()

def list_forms(owner_id, limit=50):
    rows = db.execute(
        "SELECT id, title, created_at FROM documents WHERE owner_id = ? AND kind = ? ORDER BY created_at DESC LIMIT ?",
        (owner_id, "form", limit),
    ).fetchall()
    return [{"id": r[0], "title": r[1], "created_at": r[2]} for r in rows]


def count_forms(owner_id):
    return db.execute(
        "SELECT COUNT(*) FROM documents WHERE owner_id = ? AND kind = ?", (owner_id, "form")
    ).fetchone()[0]


def rename_form(owner_id, doc_id, title):
    if not title or len(title) > 200:
        raise ValueError("a title is 1 to 200 characters")
    db.execute(
        "UPDATE documents SET title = ? WHERE id = ? AND owner_id = ? AND kind = ?",
        (title, doc_id, owner_id, "form"),
    )
    db.commit()

def list_notices(owner_id, limit=50):
    rows = db.execute(
        "SELECT id, title, created_at FROM documents WHERE owner_id = ? AND kind = ? ORDER BY created_at DESC LIMIT ?",
        (owner_id, "notice", limit),
    ).fetchall()
    return [{"id": r[0], "title": r[1], "created_at": r[2]} for r in rows]


def count_notices(owner_id):
    return db.execute(
        "SELECT COUNT(*) FROM documents WHERE owner_id = ? AND kind = ?", (owner_id, "notice")
    ).fetchone()[0]


def rename_notice(owner_id, doc_id, title):
    if not title or len(title) > 200:
        raise ValueError("a title is 1 to 200 characters")
    db.execute(
        "UPDATE documents SET title = ? WHERE id = ? AND owner_id = ? AND kind = ?",
        (title, doc_id, owner_id, "notice"),
    )
    db.commit()

def list_permits(owner_id, limit=50):
    rows = db.execute(
        "SELECT id, title, created_at FROM documents WHERE owner_id = ? AND kind = ? ORDER BY created_at DESC LIMIT ?",
        (owner_id, "permit", limit),
    ).fetchall()
    return [{"id": r[0], "title": r[1], "created_at": r[2]} for r in rows]


def count_permits(owner_id):
    return db.execute(
        "SELECT COUNT(*) FROM documents WHERE owner_id = ? AND kind = ?", (owner_id, "permit")
    ).fetchone()[0]


def rename_permit(owner_id, doc_id, title):
    if not title or len(title) > 200:
        raise ValueError("a title is 1 to 200 characters")
    db.execute(
        "UPDATE documents SET title = ? WHERE id = ? AND owner_id = ? AND kind = ?",
        (title, doc_id, owner_id, "permit"),
    )
    db.commit()

def list_quotes(owner_id, limit=50):
    rows = db.execute(
        "SELECT id, title, created_at FROM documents WHERE owner_id = ? AND kind = ? ORDER BY created_at DESC LIMIT ?",
        (owner_id, "quote", limit),
    ).fetchall()
    return [{"id": r[0], "title": r[1], "created_at": r[2]} for r in rows]


def count_quotes(owner_id):
    return db.execute(
        "SELECT COUNT(*) FROM documents WHERE owner_id = ? AND kind = ?", (owner_id, "quote")
    ).fetchone()[0]


def rename_quote(owner_id, doc_id, title):
    if not title or len(title) > 200:
        raise ValueError("a title is 1 to 200 characters")
    db.execute(
        "UPDATE documents SET title = ? WHERE id = ? AND owner_id = ? AND kind = ?",
        (title, doc_id, owner_id, "quote"),
    )
    db.commit()

def list_orders(owner_id, limit=50):
    rows = db.execute(
        "SELECT id, title, created_at FROM documents WHERE owner_id = ? AND kind = ? ORDER BY created_at DESC LIMIT ?",
        (owner_id, "order", limit),
    ).fetchall()
    return [{"id": r[0], "title": r[1], "created_at": r[2]} for r in rows]


def count_orders(owner_id):
    return db.execute(
        "SELECT COUNT(*) FROM documents WHERE owner_id = ? AND kind = ?", (owner_id, "order")
    ).fetchone()[0]


def rename_order(owner_id, doc_id, title):
    if not title or len(title) > 200:
        raise ValueError("a title is 1 to 200 characters")
    db.execute(
        "UPDATE documents SET title = ? WHERE id = ? AND owner_id = ? AND kind = ?",
        (title, doc_id, owner_id, "order"),
    )
    db.commit()

def list_delivery_notes(owner_id, limit=50):
    rows = db.execute(
        "SELECT id, title, created_at FROM documents WHERE owner_id = ? AND kind = ? ORDER BY created_at DESC LIMIT ?",
        (owner_id, "delivery_note", limit),
    ).fetchall()
    return [{"id": r[0], "title": r[1], "created_at": r[2]} for r in rows]


def count_delivery_notes(owner_id):
    return db.execute(
        "SELECT COUNT(*) FROM documents WHERE owner_id = ? AND kind = ?", (owner_id, "delivery_note")
    ).fetchone()[0]


def rename_delivery_note(owner_id, doc_id, title):
    if not title or len(title) > 200:
        raise ValueError("a title is 1 to 200 characters")
    db.execute(
        "UPDATE documents SET title = ? WHERE id = ? AND owner_id = ? AND kind = ?",
        (title, doc_id, owner_id, "delivery_note"),
    )
    db.commit()

def list_payslips(owner_id, limit=50):
    rows = db.execute(
        "SELECT id, title, created_at FROM documents WHERE owner_id = ? AND kind = ? ORDER BY created_at DESC LIMIT ?",
        (owner_id, "payslip", limit),
    ).fetchall()
    return [{"id": r[0], "title": r[1], "created_at": r[2]} for r in rows]


def count_payslips(owner_id):
    return db.execute(
        "SELECT COUNT(*) FROM documents WHERE owner_id = ? AND kind = ?", (owner_id, "payslip")
    ).fetchone()[0]


def rename_payslip(owner_id, doc_id, title):
    if not title or len(title) > 200:
        raise ValueError("a title is 1 to 200 characters")
    db.execute(
        "UPDATE documents SET title = ? WHERE id = ? AND owner_id = ? AND kind = ?",
        (title, doc_id, owner_id, "payslip"),
    )
    db.commit()

def list_timesheets(owner_id, limit=50):
    rows = db.execute(
        "SELECT id, title, created_at FROM documents WHERE owner_id = ? AND kind = ? ORDER BY created_at DESC LIMIT ?",
        (owner_id, "timesheet", limit),
    ).fetchall()
    return [{"id": r[0], "title": r[1], "created_at": r[2]} for r in rows]


def count_timesheets(owner_id):
    return db.execute(
        "SELECT COUNT(*) FROM documents WHERE owner_id = ? AND kind = ?", (owner_id, "timesheet")
    ).fetchone()[0]


def rename_timesheet(owner_id, doc_id, title):
    if not title or len(title) > 200:
        raise ValueError("a title is 1 to 200 characters")
    db.execute(
        "UPDATE documents SET title = ? WHERE id = ? AND owner_id = ? AND kind = ?",
        (title, doc_id, owner_id, "timesheet"),
    )
    db.commit()

def list_expenses(owner_id, limit=50):
    rows = db.execute(
        "SELECT id, title, created_at FROM documents WHERE owner_id = ? AND kind = ? ORDER BY created_at DESC LIMIT ?",
        (owner_id, "expense", limit),
    ).fetchall()
    return [{"id": r[0], "title": r[1], "created_at": r[2]} for r in rows]


def count_expenses(owner_id):
    return db.execute(
        "SELECT COUNT(*) FROM documents WHERE owner_id = ? AND kind = ?", (owner_id, "expense")
    ).fetchone()[0]


def rename_expense(owner_id, doc_id, title):
    if not title or len(title) > 200:
        raise ValueError("a title is 1 to 200 characters")
    db.execute(
        "UPDATE documents SET title = ? WHERE id = ? AND owner_id = ? AND kind = ?",
        (title, doc_id, owner_id, "expense"),
    )
    db.commit()

def list_claims(owner_id, limit=50):
    rows = db.execute(
        "SELECT id, title, created_at FROM documents WHERE owner_id = ? AND kind = ? ORDER BY created_at DESC LIMIT ?",
        (owner_id, "claim", limit),
    ).fetchall()
    return [{"id": r[0], "title": r[1], "created_at": r[2]} for r in rows]


def count_claims(owner_id):
    return db.execute(
        "SELECT COUNT(*) FROM documents WHERE owner_id = ? AND kind = ?", (owner_id, "claim")
    ).fetchone()[0]


def rename_claim(owner_id, doc_id, title):
    if not title or len(title) > 200:
        raise ValueError("a title is 1 to 200 characters")
    db.execute(
        "UPDATE documents SET title = ? WHERE id = ? AND owner_id = ? AND kind = ?",
        (title, doc_id, owner_id, "claim"),
    )
    db.commit()

def list_warrantys(owner_id, limit=50):
    rows = db.execute(
        "SELECT id, title, created_at FROM documents WHERE owner_id = ? AND kind = ? ORDER BY created_at DESC LIMIT ?",
        (owner_id, "warranty", limit),
    ).fetchall()
    return [{"id": r[0], "title": r[1], "created_at": r[2]} for r in rows]


def count_warrantys(owner_id):
    return db.execute(
        "SELECT COUNT(*) FROM documents WHERE owner_id = ? AND kind = ?", (owner_id, "warranty")
    ).fetchone()[0]


def rename_warranty(owner_id, doc_id, title):
    if not title or len(title) > 200:
        raise ValueError("a title is 1 to 200 characters")
    db.execute(
        "UPDATE documents SET title = ? WHERE id = ? AND owner_id = ? AND kind = ?",
        (title, doc_id, owner_id, "warranty"),
    )
    db.commit()

def list_licenses(owner_id, limit=50):
    rows = db.execute(
        "SELECT id, title, created_at FROM documents WHERE owner_id = ? AND kind = ? ORDER BY created_at DESC LIMIT ?",
        (owner_id, "license", limit),
    ).fetchall()
    return [{"id": r[0], "title": r[1], "created_at": r[2]} for r in rows]


def count_licenses(owner_id):
    return db.execute(
        "SELECT COUNT(*) FROM documents WHERE owner_id = ? AND kind = ?", (owner_id, "license")
    ).fetchone()[0]


def rename_license(owner_id, doc_id, title):
    if not title or len(title) > 200:
        raise ValueError("a title is 1 to 200 characters")
    db.execute(
        "UPDATE documents SET title = ? WHERE id = ? AND owner_id = ? AND kind = ?",
        (title, doc_id, owner_id, "license"),
    )
    db.commit()

def list_agreements(owner_id, limit=50):
    rows = db.execute(
        "SELECT id, title, created_at FROM documents WHERE owner_id = ? AND kind = ? ORDER BY created_at DESC LIMIT ?",
        (owner_id, "agreement", limit),
    ).fetchall()
    return [{"id": r[0], "title": r[1], "created_at": r[2]} for r in rows]


def count_agreements(owner_id):
    return db.execute(
        "SELECT COUNT(*) FROM documents WHERE owner_id = ? AND kind = ?", (owner_id, "agreement")
    ).fetchone()[0]


def rename_agreement(owner_id, doc_id, title):
    if not title or len(title) > 200:
        raise ValueError("a title is 1 to 200 characters")
    db.execute(
        "UPDATE documents SET title = ? WHERE id = ? AND owner_id = ? AND kind = ?",
        (title, doc_id, owner_id, "agreement"),
    )
    db.commit()

def list_appendixs(owner_id, limit=50):
    rows = db.execute(
        "SELECT id, title, created_at FROM documents WHERE owner_id = ? AND kind = ? ORDER BY created_at DESC LIMIT ?",
        (owner_id, "appendix", limit),
    ).fetchall()
    return [{"id": r[0], "title": r[1], "created_at": r[2]} for r in rows]


def count_appendixs(owner_id):
    return db.execute(
        "SELECT COUNT(*) FROM documents WHERE owner_id = ? AND kind = ?", (owner_id, "appendix")
    ).fetchone()[0]


def rename_appendix(owner_id, doc_id, title):
    if not title or len(title) > 200:
        raise ValueError("a title is 1 to 200 characters")
    db.execute(
        "UPDATE documents SET title = ? WHERE id = ? AND owner_id = ? AND kind = ?",
        (title, doc_id, owner_id, "appendix"),
    )
    db.commit()

def list_memos(owner_id, limit=50):
    rows = db.execute(
        "SELECT id, title, created_at FROM documents WHERE owner_id = ? AND kind = ? ORDER BY created_at DESC LIMIT ?",
        (owner_id, "memo", limit),
    ).fetchall()
    return [{"id": r[0], "title": r[1], "created_at": r[2]} for r in rows]


def count_memos(owner_id):
    return db.execute(
        "SELECT COUNT(*) FROM documents WHERE owner_id = ? AND kind = ?", (owner_id, "memo")
    ).fetchone()[0]


def rename_memo(owner_id, doc_id, title):
    if not title or len(title) > 200:
        raise ValueError("a title is 1 to 200 characters")
    db.execute(
        "UPDATE documents SET title = ? WHERE id = ? AND owner_id = ? AND kind = ?",
        (title, doc_id, owner_id, "memo"),
    )
    db.commit()

def list_minutess(owner_id, limit=50):
    rows = db.execute(
        "SELECT id, title, created_at FROM documents WHERE owner_id = ? AND kind = ? ORDER BY created_at DESC LIMIT ?",
        (owner_id, "minutes", limit),
    ).fetchall()
    return [{"id": r[0], "title": r[1], "created_at": r[2]} for r in rows]


def count_minutess(owner_id):
    return db.execute(
        "SELECT COUNT(*) FROM documents WHERE owner_id = ? AND kind = ?", (owner_id, "minutes")
    ).fetchone()[0]


def rename_minutes(owner_id, doc_id, title):
    if not title or len(title) > 200:
        raise ValueError("a title is 1 to 200 characters")
    db.execute(
        "UPDATE documents SET title = ? WHERE id = ? AND owner_id = ? AND kind = ?",
        (title, doc_id, owner_id, "minutes"),
    )
    db.commit()

def list_proposals(owner_id, limit=50):
    rows = db.execute(
        "SELECT id, title, created_at FROM documents WHERE owner_id = ? AND kind = ? ORDER BY created_at DESC LIMIT ?",
        (owner_id, "proposal", limit),
    ).fetchall()
    return [{"id": r[0], "title": r[1], "created_at": r[2]} for r in rows]


def count_proposals(owner_id):
    return db.execute(
        "SELECT COUNT(*) FROM documents WHERE owner_id = ? AND kind = ?", (owner_id, "proposal")
    ).fetchone()[0]


def rename_proposal(owner_id, doc_id, title):
    if not title or len(title) > 200:
        raise ValueError("a title is 1 to 200 characters")
    db.execute(
        "UPDATE documents SET title = ? WHERE id = ? AND owner_id = ? AND kind = ?",
        (title, doc_id, owner_id, "proposal"),
    )
    db.commit()

def list_brochures(owner_id, limit=50):
    rows = db.execute(
        "SELECT id, title, created_at FROM documents WHERE owner_id = ? AND kind = ? ORDER BY created_at DESC LIMIT ?",
        (owner_id, "brochure", limit),
    ).fetchall()
    return [{"id": r[0], "title": r[1], "created_at": r[2]} for r in rows]


def count_brochures(owner_id):
    return db.execute(
        "SELECT COUNT(*) FROM documents WHERE owner_id = ? AND kind = ?", (owner_id, "brochure")
    ).fetchone()[0]


def rename_brochure(owner_id, doc_id, title):
    if not title or len(title) > 200:
        raise ValueError("a title is 1 to 200 characters")
    db.execute(
        "UPDATE documents SET title = ? WHERE id = ? AND owner_id = ? AND kind = ?",
        (title, doc_id, owner_id, "brochure"),
    )
    db.commit()

def list_datasheets(owner_id, limit=50):
    rows = db.execute(
        "SELECT id, title, created_at FROM documents WHERE owner_id = ? AND kind = ? ORDER BY created_at DESC LIMIT ?",
        (owner_id, "datasheet", limit),
    ).fetchall()
    return [{"id": r[0], "title": r[1], "created_at": r[2]} for r in rows]


def count_datasheets(owner_id):
    return db.execute(
        "SELECT COUNT(*) FROM documents WHERE owner_id = ? AND kind = ?", (owner_id, "datasheet")
    ).fetchone()[0]


def rename_datasheet(owner_id, doc_id, title):
    if not title or len(title) > 200:
        raise ValueError("a title is 1 to 200 characters")
    db.execute(
        "UPDATE documents SET title = ? WHERE id = ? AND owner_id = ? AND kind = ?",
        (title, doc_id, owner_id, "datasheet"),
    )
    db.commit()

def list_checklists(owner_id, limit=50):
    rows = db.execute(
        "SELECT id, title, created_at FROM documents WHERE owner_id = ? AND kind = ? ORDER BY created_at DESC LIMIT ?",
        (owner_id, "checklist", limit),
    ).fetchall()
    return [{"id": r[0], "title": r[1], "created_at": r[2]} for r in rows]


def count_checklists(owner_id):
    return db.execute(
        "SELECT COUNT(*) FROM documents WHERE owner_id = ? AND kind = ?", (owner_id, "checklist")
    ).fetchone()[0]


def rename_checklist(owner_id, doc_id, title):
    if not title or len(title) > 200:
        raise ValueError("a title is 1 to 200 characters")
    db.execute(
        "UPDATE documents SET title = ? WHERE id = ? AND owner_id = ? AND kind = ?",
        (title, doc_id, owner_id, "checklist"),
    )
    db.commit()

def list_plans(owner_id, limit=50):
    rows = db.execute(
        "SELECT id, title, created_at FROM documents WHERE owner_id = ? AND kind = ? ORDER BY created_at DESC LIMIT ?",
        (owner_id, "plan", limit),
    ).fetchall()
    return [{"id": r[0], "title": r[1], "created_at": r[2]} for r in rows]


def count_plans(owner_id):
    return db.execute(
        "SELECT COUNT(*) FROM documents WHERE owner_id = ? AND kind = ?", (owner_id, "plan")
    ).fetchone()[0]


def rename_plan(owner_id, doc_id, title):
    if not title or len(title) > 200:
        raise ValueError("a title is 1 to 200 characters")
    db.execute(
        "UPDATE documents SET title = ? WHERE id = ? AND owner_id = ? AND kind = ?",
        (title, doc_id, owner_id, "plan"),
    )
    db.commit()

def list_budgets(owner_id, limit=50):
    rows = db.execute(
        "SELECT id, title, created_at FROM documents WHERE owner_id = ? AND kind = ? ORDER BY created_at DESC LIMIT ?",
        (owner_id, "budget", limit),
    ).fetchall()
    return [{"id": r[0], "title": r[1], "created_at": r[2]} for r in rows]


def count_budgets(owner_id):
    return db.execute(
        "SELECT COUNT(*) FROM documents WHERE owner_id = ? AND kind = ?", (owner_id, "budget")
    ).fetchone()[0]


def rename_budget(owner_id, doc_id, title):
    if not title or len(title) > 200:
        raise ValueError("a title is 1 to 200 characters")
    db.execute(
        "UPDATE documents SET title = ? WHERE id = ? AND owner_id = ? AND kind = ?",
        (title, doc_id, owner_id, "budget"),
    )
    db.commit()

def list_forecasts(owner_id, limit=50):
    rows = db.execute(
        "SELECT id, title, created_at FROM documents WHERE owner_id = ? AND kind = ? ORDER BY created_at DESC LIMIT ?",
        (owner_id, "forecast", limit),
    ).fetchall()
    return [{"id": r[0], "title": r[1], "created_at": r[2]} for r in rows]


def count_forecasts(owner_id):
    return db.execute(
        "SELECT COUNT(*) FROM documents WHERE owner_id = ? AND kind = ?", (owner_id, "forecast")
    ).fetchone()[0]


def rename_forecast(owner_id, doc_id, title):
    if not title or len(title) > 200:
        raise ValueError("a title is 1 to 200 characters")
    db.execute(
        "UPDATE documents SET title = ? WHERE id = ? AND owner_id = ? AND kind = ?",
        (title, doc_id, owner_id, "forecast"),
    )
    db.commit()

def list_audits(owner_id, limit=50):
    rows = db.execute(
        "SELECT id, title, created_at FROM documents WHERE owner_id = ? AND kind = ? ORDER BY created_at DESC LIMIT ?",
        (owner_id, "audit", limit),
    ).fetchall()
    return [{"id": r[0], "title": r[1], "created_at": r[2]} for r in rows]


def count_audits(owner_id):
    return db.execute(
        "SELECT COUNT(*) FROM documents WHERE owner_id = ? AND kind = ?", (owner_id, "audit")
    ).fetchone()[0]


def rename_audit(owner_id, doc_id, title):
    if not title or len(title) > 200:
        raise ValueError("a title is 1 to 200 characters")
    db.execute(
        "UPDATE documents SET title = ? WHERE id = ? AND owner_id = ? AND kind = ?",
        (title, doc_id, owner_id, "audit"),
    )
    db.commit()

def list_reviews(owner_id, limit=50):
    rows = db.execute(
        "SELECT id, title, created_at FROM documents WHERE owner_id = ? AND kind = ? ORDER BY created_at DESC LIMIT ?",
        (owner_id, "review", limit),
    ).fetchall()
    return [{"id": r[0], "title": r[1], "created_at": r[2]} for r in rows]


def count_reviews(owner_id):
    return db.execute(
        "SELECT COUNT(*) FROM documents WHERE owner_id = ? AND kind = ?", (owner_id, "review")
    ).fetchone()[0]


def rename_review(owner_id, doc_id, title):
    if not title or len(title) > 200:
        raise ValueError("a title is 1 to 200 characters")
    db.execute(
        "UPDATE documents SET title = ? WHERE id = ? AND owner_id = ? AND kind = ?",
        (title, doc_id, owner_id, "review"),
    )
    db.commit()

def list_surveys(owner_id, limit=50):
    rows = db.execute(
        "SELECT id, title, created_at FROM documents WHERE owner_id = ? AND kind = ? ORDER BY created_at DESC LIMIT ?",
        (owner_id, "survey", limit),
    ).fetchall()
    return [{"id": r[0], "title": r[1], "created_at": r[2]} for r in rows]


def count_surveys(owner_id):
    return db.execute(
        "SELECT COUNT(*) FROM documents WHERE owner_id = ? AND kind = ?", (owner_id, "survey")
    ).fetchone()[0]


def rename_survey(owner_id, doc_id, title):
    if not title or len(title) > 200:
        raise ValueError("a title is 1 to 200 characters")
    db.execute(
        "UPDATE documents SET title = ? WHERE id = ? AND owner_id = ? AND kind = ?",
        (title, doc_id, owner_id, "survey"),
    )
    db.commit()

def list_transcripts(owner_id, limit=50):
    rows = db.execute(
        "SELECT id, title, created_at FROM documents WHERE owner_id = ? AND kind = ? ORDER BY created_at DESC LIMIT ?",
        (owner_id, "transcript", limit),
    ).fetchall()
    return [{"id": r[0], "title": r[1], "created_at": r[2]} for r in rows]


def count_transcripts(owner_id):
    return db.execute(
        "SELECT COUNT(*) FROM documents WHERE owner_id = ? AND kind = ?", (owner_id, "transcript")
    ).fetchone()[0]


def rename_transcript(owner_id, doc_id, title):
    if not title or len(title) > 200:
        raise ValueError("a title is 1 to 200 characters")
    db.execute(
        "UPDATE documents SET title = ? WHERE id = ? AND owner_id = ? AND kind = ?",
        (title, doc_id, owner_id, "transcript"),
    )
    db.commit()


def store_upload(owner_id, upload):
    name = safe_filename(upload.filename)
    folder = os.path.join(UPLOAD_ROOT, str(int(owner_id)))
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as out:
        out.write(upload.read())
    db.execute("INSERT INTO documents (owner_id, kind, title) VALUES (?, ?, ?)", (owner_id, "upload", name))
    db.commit()
    return name
