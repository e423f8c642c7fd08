class CustomerSearch
  def initialize(scope = Customer.all)
    @scope = scope
  end

  def call(email: nil, name: nil)
    result = @scope
    result = result.where(email: email.downcase) if email.present?
    if name.present?
      pattern = "%#{Customer.sanitize_sql_like(name)}%"
      result = result.where("name ILIKE ?", pattern)
    end
    result.order(:name).limit(50)
  end
end
