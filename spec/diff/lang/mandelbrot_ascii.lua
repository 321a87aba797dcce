-- an ASCII Mandelbrot set
for yi = -10, 10, 2 do
  local y = yi / 10
  local row = {}
  for xi = -40, 10 do
    local x = xi / 20
    local zr, zi, n = 0, 0, 0
    while n < 50 and zr * zr + zi * zi < 4 do
      zr, zi = zr * zr - zi * zi + x, 2 * zr * zi + y
      n = n + 1
    end
    row[#row + 1] = n == 50 and "#" or (n > 10 and "+" or ".")
  end
  print(table.concat(row))
end
