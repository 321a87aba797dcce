-- abs and floor combined on negatives
for _, v in ipairs({ -3.7, -3.2, -0.5, 0.5, 3.2, 3.7 }) do
  print(v, math.abs(math.floor(v)), math.floor(math.abs(v)), math.ceil(math.abs(v)))
end
