import sys

from yuntian.cli import main

sys.exit(main())
