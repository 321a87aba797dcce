-- exp over large magnitudes
for _, v in ipairs({ -1000, -745, -744, -700, -1, 0, 1, 700, 709, 709.8, 710, 1000 }) do
  local r = math.exp(v)
  print(v, r == 0 and "0" or (r == 1/0 and "inf" or string.format("%.6e", r)))
end
