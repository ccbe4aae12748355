import asyncio
import os
from flask import Flask

app = Flask(__name__)

if __name__ == "__main__":
    # expect: flask-debug-true
    app.run(debug=True)
    app.run(
        host="127.0.0.1",
        # expect: flask-debug-true
        debug=True,
    )
    # ok: flask-debug-true
    app.run(debug=os.environ.get("FLASK_DEBUG") == "1")
    # ok: flask-debug-true
    app.run(debug=False)
    # ok: flask-debug-true
    asyncio.run(main(), debug=True)
