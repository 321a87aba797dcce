-- a multi-line uncaught message is printed in full
error("first line\nsecond line", 0)
