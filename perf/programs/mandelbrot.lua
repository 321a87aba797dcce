-- mandelbrot: render the Mandelbrot set on an n x n grid over
-- [-1.5, 0.5] x [-1, 1] with at most 50 iterations and escape radius 2.
-- Pixels are packed 8 to a byte (without bit operations); instead of the
-- bitmap the program prints the count of inside points and a checksum of the
-- bytes.  Size: n (work grows with n^2).
local n = tonumber(arg and arg[1]) or 400
local ITER = 50

local inside = 0
local checksum = 0
local rowsum = 0
for y = 0, n - 1 do
  local ci = 2.0 * y / n - 1.0
  local byte, bits = 0, 0
  for x = 0, n - 1 do
    local cr = 2.0 * x / n - 1.5
    local zr, zi, zr2, zi2 = 0.0, 0.0, 0.0, 0.0
    local escaped = false
    for _ = 1, ITER do
      zi = 2.0 * zr * zi + ci
      zr = zr2 - zi2 + cr
      zr2 = zr * zr
      zi2 = zi * zi
      if zr2 + zi2 > 4.0 then escaped = true; break end
    end
    byte = byte * 2
    if not escaped then
      byte = byte + 1
      inside = inside + 1
    end
    bits = bits + 1
    if bits == 8 or x == n - 1 then
      -- pad a partial final byte on the right, as a PBM writer would
      while bits < 8 do byte = byte * 2; bits = bits + 1 end
      checksum = (checksum * 31 + byte) % 1000000007
      byte, bits = 0, 0
    end
  end
  rowsum = (rowsum + inside * (y + 1)) % 1000000007
end
print(string.format("%dx%d: %d points inside", n, n, inside))
print(string.format("byte checksum %d, row checksum %d", checksum, rowsum))
