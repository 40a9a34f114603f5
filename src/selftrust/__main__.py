from selftrust.cli import main

raise SystemExit(main())
