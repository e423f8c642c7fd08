import subprocess

from flask import Flask

app = Flask(__name__)


@app.get("/version")
def version():
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"],
        capture_output=True,
        text=True,
        check=True,
        timeout=5,
    ).stdout.strip()
    return {"commit": commit}
