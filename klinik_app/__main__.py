from klinik_app.launcher import main

raise SystemExit(main())
