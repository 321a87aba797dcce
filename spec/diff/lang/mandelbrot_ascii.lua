-- an ASCII Mandelbrot set
for y = -1, 1, 0.2 do
  local row = {}
  for x = -2, 0.5, 0.05 do
    local zr, zi, n = 0, 0, 0
    while n < 50 and zr * zr + zi * zi < 4 do
      zr, zi = zr * zr - zi * zi + x, 2 * zr * zi + y
      n = n + 1
    end
    row[#row + 1] = n == 50 and "#" or (n > 10 and "+" or ".")
  end
  print(table.concat(row))
end
