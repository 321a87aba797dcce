// The tracelua command line: lua5.1-compatible options.
process.stderr.write('tracelua: not implemented yet\n')
process.exit(1)
