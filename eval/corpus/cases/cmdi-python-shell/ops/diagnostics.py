import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.post("/diagnostics/ping")
def ping():
    host = request.form["host"]
    result = subprocess.run(
        f"ping -c 1 -W 2 {host}",
        shell=True,
        capture_output=True,
        text=True,
        timeout=10,
    )
    return {"ok": result.returncode == 0, "output": result.stdout[-2000:]}
