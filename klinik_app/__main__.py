from klinik_app.cli import main

raise SystemExit(main())
