"""``readout serve``: the web app and REST API over a store (``readout.web``).

Only the parser is defined at import time; FastAPI, uvicorn and the store are loaded when
the command runs, so ``readout code`` and the other commands never pay for them.
"""

from __future__ import annotations

import argparse
import os
import secrets
import sys
from collections.abc import Callable
from typing import Any

StoreParser = Callable[[str, str], argparse.ArgumentParser]
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


def add_serve_command(sub: Any, store_parser: StoreParser) -> None:
    """Add ``serve`` with the store commands' ``--db``."""
    from readout.web.upload import MAX_UPLOAD

    serve = store_parser("serve", "the web app and REST API over the store (read-only unless --allow-ingest)")
    serve.add_argument("--host", default=DEFAULT_HOST, help=f"address to listen on (default: {DEFAULT_HOST})")
    serve.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default: {DEFAULT_PORT})")
    serve.add_argument(
        "--allow-ingest", action="store_true", help="accept uploads of documents to code (POST /api/documents)"
    )
    serve.add_argument(
        "--max-upload",
        type=int,
        default=MAX_UPLOAD,
        metavar="BYTES",
        help=f"largest upload accepted (default: {MAX_UPLOAD:,})",
    )
    serve.add_argument(
        "--token",
        metavar="TOKEN",
        help="with --allow-ingest: the token every upload must carry (default: $READOUT_TOKEN, else one is generated "
        "and printed; required on a non-loopback --host)",
    )
    serve.add_argument("-q", "--quiet", action="store_true", help="no access log")
    serve.set_defaults(func=cmd_serve)


def cmd_serve(args: argparse.Namespace) -> int:
    """Open the store (exit 2 when it cannot be), then serve until interrupted."""
    try:
        import uvicorn

        from readout.web.app import create_app
    except ImportError as err:
        print(f"readout: error: serve needs fastapi and uvicorn (pip install readout): {err}", file=sys.stderr)
        return 2
    from readout.store import StoreError
    from readout.store.backends import redact
    from readout.web.guard import TOKEN_ENV, allowed_hosts, is_loopback

    token = args.token or os.environ.get(TOKEN_ENV) or None
    if args.allow_ingest and token is None and not is_loopback(args.host):
        print(
            f"readout: error: serve: refusing --allow-ingest on {args.host}, which is not a loopback address, "
            f"without a token: anyone who reaches it could write to the store; give --token or {TOKEN_ENV}",
            file=sys.stderr,
        )
        return 2
    generated = args.allow_ingest and token is None
    if generated:
        token = secrets.token_urlsafe(24)
    try:
        app = create_app(
            args.db,
            allow_ingest=args.allow_ingest,
            max_upload=args.max_upload,
            token=token if args.allow_ingest else None,
            hosts=allowed_hosts(args.host),
        )
    except StoreError as err:
        print(f"readout: error: {err}", file=sys.stderr)
        return 2
    mode = "uploads allowed" if args.allow_ingest else "read-only"
    url = f"http://{f'[{args.host}]' if ':' in args.host else args.host}:{args.port}/"
    print(f"readout: serving {redact(args.db)} ({mode}) on {url}", file=sys.stderr)
    if generated:
        print(f"readout: upload token: {token} (open {url}upload#token={token})", file=sys.stderr)
    uvicorn.run(
        app, host=args.host, port=args.port, access_log=not args.quiet, log_level="warning" if args.quiet else "info"
    )
    return 0
